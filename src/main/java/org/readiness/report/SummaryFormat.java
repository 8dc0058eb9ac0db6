package org.readiness.report;

import java.util.Locale;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.SweepResult;

/**
 * The formats of the diff and sweep reports, each with its renderer: text for people, JSON for programs
 * ({@code readiness.diff/1}, {@code readiness.sweep/1}). Briefings in other formats are of assessments
 * ({@link OutputFormat}).
 */
public enum SummaryFormat {
    TEXT,
    JSON;

    public String diff(AssessmentDiff diff, RenderOptions options) {
        return switch (this) {
            case TEXT -> new DiffText(options).render(diff);
            case JSON -> Json.write(DiffJson.of(diff));
        };
    }

    public String sweep(SweepResult result, RenderOptions options) {
        return switch (this) {
            case TEXT -> new SweepText(options).render(result);
            case JSON -> Json.write(SweepJson.of(result));
        };
    }

    /** As users type it: {@code text}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
