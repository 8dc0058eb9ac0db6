package org.readiness.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every fact type the rule set declares, by name, in the order the DRL declares them. */
public final class FactCatalog {

    /** What every fact carries besides its declared fields, in the order fact files usually write them. */
    public static final List<String> ENVELOPE = List.of("type", "sources", "observed", "note");
    /** Names a declaration may not give a field: the envelope, and the id reports give each fact. */
    public static final Set<String> RESERVED = Set.of("type", "sources", "observed", "note", "id");

    private final Map<String, FactTypeInfo> types;

    FactCatalog(Map<String, FactTypeInfo> types) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    public Optional<FactTypeInfo> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Collection<FactTypeInfo> types() {
        return types.values();
    }

    public Set<String> names() {
        return types.keySet();
    }
}
