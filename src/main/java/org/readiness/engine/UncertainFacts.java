package org.readiness.engine;

import org.readiness.model.FactSet;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.UncertainField;

/**
 * One assessment needs one value per field: a fact set that gives distributions is swept, not evaluated,
 * unless overrides settle every uncertain field first.
 */
public final class UncertainFacts {

    private UncertainFacts() {
    }

    /** @throws ProblemException (code {@code uncertain-facts}) when {@code facts} gives any field as a distribution */
    public static void refuse(FactSet facts) {
        if (facts.uncertain().isEmpty()) {
            return;
        }
        UncertainField first = facts.uncertain().get(0);
        int n = facts.uncertain().size();
        Object likely = first.outcomes().stream().max((a, b) -> Double.compare(a.probability(), b.probability()))
                .orElseThrow().value();
        throw new ProblemException(new Problem(ProblemCode.UNCERTAIN_FACTS, first.location(), first.path(),
                (n == 1 ? "this field is" : "this and " + (n - 1) + " more fields are")
                        + " given as a distribution, and an assessment needs one value each",
                "sweep the fact set to see how likely GO is (readiness sweep " + facts.origin()
                        + "), or settle each with an override, e.g. --set '" + first.path() + "=" + likely + "'"));
    }
}
