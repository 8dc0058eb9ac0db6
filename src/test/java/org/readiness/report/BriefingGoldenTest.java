package org.readiness.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;
import org.readiness.model.Assessment;

/** HTML and Markdown briefings pinned byte for byte (the evaluation clock is fixed, as for JSON). */
class BriefingGoldenTest {

    static Assessment article() {
        return Shipped.readiness().evaluate(Shipped.ARTICLE);
    }

    static Assessment allMet() {
        return Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"));
    }

    static Assessment weakSources() {
        return Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-weak-sources.yaml"));
    }

    @Test
    void articleHtml() {
        GoldenFiles.assertMatches("2025-03-coalition-planning.html", render(OutputFormat.HTML, article()));
    }

    @Test
    void articleMarkdown() {
        GoldenFiles.assertMatches("2025-03-coalition-planning.md", render(OutputFormat.MARKDOWN, article()));
    }

    @Test
    void comparisonHtml() {
        GoldenFiles.assertMatches("comparison.html", render(OutputFormat.HTML, article(), allMet(), weakSources()));
    }

    @Test
    void comparisonMarkdown() {
        GoldenFiles.assertMatches("comparison.md", render(OutputFormat.MARKDOWN, article(), allMet(), weakSources()));
    }

    private static String render(OutputFormat format, Assessment... assessments) {
        return format.renderer(RenderOptions.PLAIN).render(List.of(assessments));
    }
}
