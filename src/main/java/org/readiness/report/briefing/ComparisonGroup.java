package org.readiness.report.briefing;

import java.util.List;
import org.readiness.model.CriterionKind;

/** The comparison's preconditions or its practical steps. */
public record ComparisonGroup(CriterionKind kind, List<ComparisonRow> rows) {

    public ComparisonGroup {
        rows = List.copyOf(rows);
    }

    public String heading() {
        return Words.heading(kind);
    }

    public String note() {
        return Words.note(kind);
    }
}
