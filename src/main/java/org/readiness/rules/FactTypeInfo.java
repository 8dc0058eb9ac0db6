package org.readiness.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.type.FactType;
import org.readiness.model.Location;

/**
 * A fact type declared in DRL, as fact files see it.
 *
 * @param factType the engine's handle, for making instances
 */
public record FactTypeInfo(String name, String doc, Map<String, FieldInfo> fields, FactType factType,
                           Location location) {

    public FactTypeInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<FieldInfo> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** The {@code @key} fields, in declaration order: what names one fact among others of its type. */
    public List<String> keyFields() {
        return fields.values().stream().filter(FieldInfo::key).map(FieldInfo::name).toList();
    }
}
