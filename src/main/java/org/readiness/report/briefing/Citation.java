package org.readiness.report.briefing;

import org.readiness.model.Source;

/**
 * A fact's reference to one of its sources.
 *
 * @param source null when the assessment does not list the id (an assessment built by hand, not read)
 */
public record Citation(String id, Source source) {

    /** How analysts cite it: {@code B2, 2025-03-18}. */
    public String grading() {
        return source == null ? "not listed" : source.grade() + ", " + source.date();
    }
}
