package org.readiness.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one rule reads of the facts, field by field, as its parsed conditions say: the analysis in
 * {@code readiness check} varies exactly these fields, the lint finds declared fields nothing reads, and
 * the counterfactual search edits only fields some rule reads, one value for each way the rules tell
 * values apart.
 *
 * @param fields   for each fact type the conditions match, the fields they read, in order of first appearance
 * @param literals for each {@code Type.field}, the values the conditions compare it with ({@code "US"},
 *                 {@code 3}): the boundaries worth trying for a text or number field
 * @param joined   the {@code Type.field}s compared with another fact's field ({@code party == $p.country})
 * @param counted  for each fact type that is counted or collected, the largest whole number the count is
 *                 compared with ({@code size >= 3}): how many facts of it it takes to go both ways
 * @param printed  for each fact type, the fields the rule's reason or remedy prints
 * @param opaque   what the conditions do that this reading cannot follow (an {@code eval}, a {@code from}
 *                 expression): the analysis still evaluates them with the engine, but cannot vary what
 *                 they read
 * @param positive the conditions are patterns on facts joined by {@code and} and {@code or} only (no
 *                 {@code not}, {@code exists}, {@code forall}, {@code accumulate}, {@code collect},
 *                 {@code from} or {@code eval}): a match lasts as long as the matched facts' read fields
 *                 stay as they are, and adding a fact can only add matches
 * @param tests    for each enum field the conditions read ({@code Type.field}), how they test it
 */
public record FieldReads(Map<String, Set<String>> fields, Map<String, Set<Object>> literals, Set<String> joined,
                         Map<String, Long> counted, Map<String, Set<String>> printed, List<String> opaque,
                         boolean positive, Map<String, EnumTests> tests) {

    public static final FieldReads NONE = new FieldReads(Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), List.of(),
            true, Map.of());

    /**
     * How a rule tests one enum field: by membership in sets of its constants ({@code scope in (PARTIAL,
     * ENERGY_INFRASTRUCTURE)}, {@code scope == NONE}), so that two values in the same sets are alike to
     * it; or opaquely (ordered, compared with another fact's field, bound, passed to a method), so that
     * every value may behave differently.
     *
     * @param sets the constant names of each membership test
     */
    public record EnumTests(List<Set<String>> sets, boolean opaque) {

        public EnumTests {
            sets = sets.stream().map(Set::copyOf).toList();
        }
    }

    public FieldReads {
        fields = frozen(fields);
        literals = frozen(literals);
        joined = Collections.unmodifiableSet(new LinkedHashSet<>(joined));
        counted = Collections.unmodifiableMap(new LinkedHashMap<>(counted));
        printed = frozen(printed);
        opaque = List.copyOf(opaque);
        tests = Collections.unmodifiableMap(new LinkedHashMap<>(tests));
    }

    /** These reads, with the fields the rule's reason and remedy print. */
    FieldReads withPrinted(Map<String, Set<String>> newPrinted) {
        return new FieldReads(fields, literals, joined, counted, newPrinted, opaque, positive, tests);
    }

    /** The fact types the conditions match, in order of first appearance. */
    public Set<String> types() {
        return fields.keySet();
    }

    /** The fields of {@code type} the conditions read; empty when they read none. */
    public Set<String> fieldsOf(String type) {
        return fields.getOrDefault(type, Set.of());
    }

    /** The values the conditions compare {@code type.field} with. */
    public Set<Object> literalsOf(String type, String field) {
        return literals.getOrDefault(type + "." + field, Set.of());
    }

    private static <V> Map<String, Set<V>> frozen(Map<String, Set<V>> map) {
        Map<String, Set<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects what the conditions read while {@link ConditionReader} walks a rule. */
    static final class Builder {
        private final Map<String, Set<String>> fields = new LinkedHashMap<>();
        private final Map<String, Set<Object>> literals = new LinkedHashMap<>();
        private final Set<String> joined = new LinkedHashSet<>();
        private final Map<String, Long> counted = new HashMap<>();
        private final List<String> opaque = new ArrayList<>();
        private boolean positive = true;
        private final Map<String, List<Set<String>>> memberships = new LinkedHashMap<>();
        private final Set<String> opaqueTests = new LinkedHashSet<>();

        /** The type is matched, whether or not any field of it is read ({@code exists Support()}). */
        void type(String type) {
            fields.computeIfAbsent(type, t -> new LinkedHashSet<>());
        }

        void read(String type, String field) {
            fields.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(field);
        }

        void literal(String type, String field, Object value) {
            literals.computeIfAbsent(type + "." + field, t -> new LinkedHashSet<>()).add(value);
        }

        void joined(String type, String field) {
            joined.add(type + "." + field);
        }

        void counted(String type, long atMost) {
            counted.merge(type, atMost, Math::max);
        }

        void opaque(String what) {
            if (!opaque.contains(what)) {
                opaque.add(what);
            }
        }

        /** The conditions hold something other than patterns joined by {@code and} and {@code or}. */
        void notPositive() {
            positive = false;
        }

        /** The conditions test an enum field for membership in these constants. */
        void member(String type, String field, Set<String> constants) {
            memberships.computeIfAbsent(type + "." + field, k -> new ArrayList<>()).add(constants);
        }

        /** The conditions test an enum field some other way: every value may behave differently. */
        void opaqueTest(String type, String field) {
            opaqueTests.add(type + "." + field);
        }

        FieldReads build() {
            Map<String, EnumTests> tests = new LinkedHashMap<>();
            memberships.forEach((key, sets) -> tests.put(key, new EnumTests(sets, opaqueTests.contains(key))));
            opaqueTests.forEach(key -> tests.putIfAbsent(key, new EnumTests(List.of(), true)));
            return new FieldReads(fields, literals, joined, counted, Map.of(), opaque, positive, tests);
        }
    }
}
