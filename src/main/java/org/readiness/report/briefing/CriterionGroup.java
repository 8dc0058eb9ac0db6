package org.readiness.report.briefing;

import java.util.List;
import org.readiness.model.CriterionKind;
import org.readiness.model.CriterionResult;

/** One scenario's preconditions or its practical steps, as the matrix lists them. */
public record CriterionGroup(CriterionKind kind, List<CriterionResult> results) {

    public CriterionGroup {
        results = List.copyOf(results);
    }

    public String heading() {
        return Words.heading(kind);
    }

    public String note() {
        return Words.note(kind);
    }
}
