package org.readiness.report;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;

/**
 * HTML and Markdown briefings pinned byte for byte (the evaluation clock is fixed, as for JSON): the
 * article's, with its counterfactual; a comparison whose scenarios have a GO, a counterfactual of
 * confirmations, and one with no GO within the bounds; and the diff from March to April.
 */
class BriefingGoldenTest {

    static Assessment article() {
        return Shipped.readiness().evaluate(Shipped.ARTICLE);
    }

    static Assessment allMet() {
        return shipped("scenario-all-preconditions-met.yaml");
    }

    static Assessment weakSources() {
        return shipped("scenario-weak-sources.yaml");
    }

    /** No GO within the bounds: the closest leaves the safety of the force, which no edit can fix, blocking. */
    static Assessment missingEvidence() {
        return shipped("scenario-missing-evidence.json");
    }

    static AssessmentDiff april() {
        Readiness readiness = Shipped.readiness();
        return readiness.diff(readiness.readFacts(Shipped.ARTICLE),
                readiness.readFacts(Path.of("src/test/resources/diff/2025-04-coalition-planning.yaml")));
    }

    private static Assessment shipped(String file) {
        return Shipped.readiness().evaluate(Shipped.FACTS.resolve(file));
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
        GoldenFiles.assertMatches("comparison.html", render(OutputFormat.HTML, article(), allMet(), weakSources(), missingEvidence()));
    }

    @Test
    void comparisonMarkdown() {
        GoldenFiles.assertMatches("comparison.md", render(OutputFormat.MARKDOWN, article(), allMet(), weakSources(), missingEvidence()));
    }

    @Test
    void diffHtml() {
        GoldenFiles.assertMatches("diff-2025-03-to-2025-04.html", OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(april()));
    }

    @Test
    void diffMarkdown() {
        GoldenFiles.assertMatches("diff-2025-03-to-2025-04.md", OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(april()));
    }

    private static String render(OutputFormat format, Assessment... assessments) {
        return format.renderer(RenderOptions.PLAIN).render(List.of(assessments));
    }
}
