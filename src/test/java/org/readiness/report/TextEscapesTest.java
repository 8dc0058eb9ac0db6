package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.engine.SweepOptions;
import org.readiness.engine.SweepProgress;
import org.readiness.model.FactSet;
import org.readiness.model.PlainText;

/**
 * Every text report prints a fact set's strings as inert text: the evaluation (with its counterfactual
 * and replay command), the diff and the sweep, for a fact set whose scenario, keys, titles and notes try
 * to clear the terminal, retitle it, hide text, reorder it and forge a verdict line.
 */
class TextEscapesTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile/control-characters.yaml");

    private final Readiness readiness = Shipped.readiness();
    private final FactSet hostile = readiness.readFacts(HOSTILE);
    private final FactSet article = readiness.readFacts(Shipped.ARTICLE);

    @Test
    void theAssessmentTheDiffAndTheSweepPrintNoControlCharacters() {
        Renderer text = OutputFormat.TEXT.renderer(RenderOptions.PLAIN);
        assertInert(text.render(List.of(readiness.evaluate(hostile))), "evaluate");
        assertInert(text.render(readiness.diff(article, hostile)), "diff from the article");
        assertInert(text.render(readiness.diff(hostile, article)), "diff to the article");
        assertInert(SweepFormat.TEXT.sweep(readiness.sweep(hostile, new SweepOptions(10, 1, 1), SweepProgress.NONE), RenderOptions.PLAIN), "sweep");
    }

    private static void assertInert(String report, String what) {
        assertTrue(report.contains("\\u001b"), what + ": the escapes are shown, not dropped:\n" + report);
        assertTrue(report.chars().filter(c -> c != '\n').noneMatch(PlainText::needsEscape),
                what + ": a control character reached the report:\n" + report);
        assertTrue(report.lines().noneMatch(l -> l.startsWith("VERDICT: GO")), what + ": a forged verdict line:\n" + report);
    }
}
