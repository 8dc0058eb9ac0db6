package org.readiness.engine;

import java.util.List;
import org.readiness.model.Conclusion;
import org.readiness.rules.RuleDefinition;

/**
 * A rule with everything an evaluation needs about it worked out once per rule set rather than once per
 * firing: the variables its reason and remedy print, its criterion's position, and its place in the
 * order findings are listed in.
 *
 * @param criterion the index of its criterion in the rule set's criteria
 * @param rank      its position when rules are ordered by file and line (rules at the same place share one)
 */
record PreparedRule(RuleDefinition definition, List<String> printedBindings, int criterion, int rank) {

    PreparedRule {
        printedBindings = List.copyOf(printedBindings);
    }

    boolean concludesNotMet() {
        return definition.info().conclusion() == Conclusion.NOT_MET;
    }

    /** The value recorded for {@code binding}, from values in the order of {@link #printedBindings()}. */
    Object value(Object[] values, String binding) {
        for (int i = 0; i < values.length; i++) {
            if (printedBindings.get(i).equals(binding)) {
                return values[i];
            }
        }
        return null;
    }
}
