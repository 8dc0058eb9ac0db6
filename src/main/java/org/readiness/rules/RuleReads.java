package org.readiness.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule's conditions read, for what-if searches: which declared fields of which fact types they
 * name, how they test enum fields, and whether the rule is positive (only patterns on facts, so that a
 * match persists as long as the read fields of its matched facts stay as they are, and adding a fact can
 * only add matches).
 *
 * @param fields for each fact type the rule reads, in order, the fields its conditions name
 * @param tests  for each enum field the rule tests ({@code Type.field}), how
 */
public record RuleReads(Map<String, Set<String>> fields, boolean positive, Map<String, EnumTests> tests) {

    /**
     * How a rule tests one enum field: by membership in sets of constants ({@code scope in (PARTIAL,
     * ENERGY_INFRASTRUCTURE)}, {@code scope == NONE}), so that two values in the same sets are alike to
     * it; or opaquely (compared with another variable, ordered, passed to a function), so that every
     * value may differ.
     *
     * @param sets the constant names of each membership test
     */
    public record EnumTests(List<Set<String>> sets, boolean opaque) {

        public EnumTests {
            sets = sets.stream().map(Set::copyOf).toList();
        }
    }

    public RuleReads {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        fields.forEach((type, named) -> copy.put(type, Set.copyOf(named)));
        fields = Collections.unmodifiableMap(copy);
        tests = Collections.unmodifiableMap(new LinkedHashMap<>(tests));
    }

    public Set<String> types() {
        return fields.keySet();
    }

    /** The fields of {@code type} the rule names; empty for a type it does not read. */
    public Set<String> fields(String type) {
        return fields.getOrDefault(type, Set.of());
    }
}
