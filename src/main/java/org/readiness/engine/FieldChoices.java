package org.readiness.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;
import org.readiness.rules.FieldReads;
import org.readiness.rules.RuleDefinition;

/**
 * For each of an enum field's values, its class: values that every rule tests alike (the same answer to
 * each membership test) share one, so that an edit to one stands for them all. A rule that tests the
 * field opaquely gives every value a class of its own. Booleans have two classes.
 *
 * <p>The classes depend only on the rules, so each field's are worked out once per rule set, when a
 * search first asks, rather than for every fact of every search: a service answers a counterfactual
 * per NO-GO request.
 */
final class ValueClasses {

    private final Collection<RuleDefinition> rules;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    ValueClasses(Collection<RuleDefinition> rules) {
        this.rules = rules;
    }

    /** The class of each of the field's values ({@link EditSpace#values}), in order. */
    List<String> of(String type, FieldInfo field) {
        return known.computeIfAbsent(type + "." + field.name(), key -> classes(key, field));
    }

    private List<String> classes(String key, FieldInfo field) {
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
        for (String value : EditSpace.values(field).stream().map(String::valueOf).toList()) {
            if (opaque) {
                classes.add(value);
                continue;
            }
            String constant = ((Enum<?>) field.choices().get(value)).name();
            StringBuilder signature = new StringBuilder();
            sets.forEach(set -> signature.append(set.contains(constant) ? '1' : '0'));
            classes.add(signature.toString());
        }
        return List.copyOf(classes);
    }
}
