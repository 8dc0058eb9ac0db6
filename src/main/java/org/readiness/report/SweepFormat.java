package org.readiness.report;

import org.readiness.model.SweepResult;

/**
 * The formats of the sweep report: text for people, JSON for programs ({@code readiness.sweep/1}).
 * Assessments and diffs, which also have briefings, are rendered through {@link OutputFormat}.
 */
public enum SweepFormat {
    TEXT,
    JSON;

    public String sweep(SweepResult result, RenderOptions options) {
        return switch (this) {
            case TEXT -> new SweepText(options).render(result);
            case JSON -> Json.write(SweepJson.of(result));
        };
    }
}
