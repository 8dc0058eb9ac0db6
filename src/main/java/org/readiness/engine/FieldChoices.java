package org.readiness.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;
import org.readiness.rules.FieldReads;
import org.readiness.rules.RuleDefinition;

/**
 * What a counterfactual may set each field to, worked out once per rule set: it depends only on the
 * rules and the declarations, and a service searches once per NO-GO request, which made working it out
 * per fact of every search about a tenth of a NO-GO's assessment (JFR).
 *
 * <p>An enum or Boolean field that is neither {@code @key} nor {@code @fixed} has choices. Values that
 * every rule tests alike (the same answer to each membership test) share a class, so that an edit to one
 * stands for them all; a rule that tests the field opaquely gives every value a class of its own, and
 * Booleans have two classes.
 */
final class FieldChoices {

    /**
     * One field's choices.
     *
     * @param values  the values it may be set to, in declared order (for a Boolean: true, false)
     * @param classes the class of each value, in the same order
     * @param tries   for each current value's index + 1 (0: unknown), the values an edit tries, one per
     *                other class: the nearest to the current value in declared order, the earlier on a tie
     */
    record Choices(List<Object> values, List<String> classes, List<int[]> tries) {

        /** The values to try for a field whose value is {@code values().get(current)}; current -1 is unknown. */
        int[] triesFrom(int current) {
            return tries.get(current + 1);
        }
    }

    private final Map<String, Map<String, Choices>> byType = new HashMap<>();

    FieldChoices(FactCatalog catalog, Collection<RuleDefinition> rules) {
        for (FactTypeInfo type : catalog.types()) {
            Map<String, Choices> fields = new HashMap<>();
            for (FieldInfo field : type.fields().values()) {
                List<Object> values = values(field);
                if (!values.isEmpty() && !field.fixed()) {
                    List<String> classes = classes(type.name() + "." + field.name(), field, values, rules);
                    List<int[]> tries = new ArrayList<>();
                    for (int current = -1; current < values.size(); current++) {
                        tries.add(representatives(classes, current));
                    }
                    fields.put(field.name(), new Choices(values, classes, List.copyOf(tries)));
                }
            }
            byType.put(type.name(), Map.copyOf(fields));
        }
    }

    /** The choices of a field of a declared type; null when edits may not set it. */
    Choices of(String type, String field) {
        return byType.getOrDefault(type, Map.of()).get(field);
    }

    private static List<Object> values(FieldInfo field) {
        if (field.kind() == FieldKind.CHOICE) {
            return List.copyOf(field.allowed());
        }
        if (field.kind() == FieldKind.BOOLEAN) {
            return List.of(Boolean.TRUE, Boolean.FALSE);
        }
        return List.of();
    }

    private static List<String> classes(String key, FieldInfo field, List<Object> values, Collection<RuleDefinition> rules) {
        List<Set<String>> sets = new ArrayList<>();
        boolean opaque = field.kind() != FieldKind.CHOICE;
        for (RuleDefinition rule : rules) {
            FieldReads.EnumTests tests = rule.reads().tests().get(key);
            if (tests != null) {
                opaque |= tests.opaque();
                sets.addAll(tests.sets());
            }
        }
        List<String> classes = new ArrayList<>();
        for (Object value : values) {
            if (opaque) {
                classes.add(String.valueOf(value));
                continue;
            }
            String constant = ((Enum<?>) field.choices().get((String) value)).name();
            StringBuilder signature = new StringBuilder();
            sets.forEach(set -> signature.append(set.contains(constant) ? '1' : '0'));
            classes.add(signature.toString());
        }
        return List.copyOf(classes);
    }

    /** One value per class other than the current value's (which would change nothing a rule tests). */
    private static int[] representatives(List<String> classes, int current) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        for (int v = 0; v < classes.size(); v++) {
            String c = classes.get(v);
            if (current >= 0 && c.equals(classes.get(current))) {
                continue;
            }
            Integer best = chosen.get(c);
            if (best == null || (current >= 0 && Math.abs(v - current) < Math.abs(best - current))) {
                chosen.put(c, v);
            }
        }
        return chosen.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
