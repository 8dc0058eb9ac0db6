package org.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.engine.CounterfactualOptions;
import org.readiness.model.Assessment;

/**
 * What the briefings say of the counterfactual in each of its cases, beyond the golden files: a search cut
 * short, no GO within a tighter bound, a GO (none), one not computed, and an answer on top of what-if
 * overrides already assumed. Markdown and HTML say the same words (one view model), so most cases are
 * read from the Markdown.
 */
class BriefingCounterfactualTest {

    static String markdown(Assessment... assessments) {
        return OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(List.of(assessments));
    }

    static String html(Assessment... assessments) {
        return OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(List.of(assessments));
    }

    static Readiness searching(int maxEdits, int maxVariations) {
        Readiness shipped = Shipped.readiness();
        return shipped.with(shipped.options().withCounterfactual(
                CounterfactualOptions.DEFAULT.withBounds(maxEdits, maxVariations, Duration.ofSeconds(10))));
    }

    @Test
    void theFirstScreenSaysWhatGoWouldTakeAndLinksToTheAnswer() {
        String html = html(Shipped.readiness().evaluate(Shipped.ARTICLE));
        assertTrue(html.contains("<p class=\"what-it-takes\">GO would take 17 edits to 7 facts — see "
                + "<a href=\"#what-would-have-to-change\">What would have to change</a></p>"), html);
        assertTrue(html.contains("<section class=\"counterfactual\" id=\"what-would-have-to-change\">"));
        assertTrue(html.indexOf("class=\"what-it-takes\"") < html.indexOf("<table class=\"matrix\">"), "under the verdict, above the matrix");
    }

    @Test
    void aTighterBoundGivesTheClosestAndWhatItLeavesBlocking() {
        String md = markdown(searching(10, CounterfactualOptions.DEFAULT_MAX_VARIATIONS).evaluate(Shipped.ARTICLE));
        assertTrue(md.contains("No GO within 10 edits: the closest, 9 edits to 3 facts, still leave 2 blocking criteria not met — see"), md);
        assertTrue(md.contains("**No set of at most 10 edits within the declared values turns the verdict to GO.** "
                + "The closest: 9 edits to 3 facts, which still leave Genuine ceasefire and Broad international support blocking."), md);
        assertTrue(md.contains("The fewest fact edits that make it MET on its own: 4 edits to 1 fact.\n\n- **Ceasefire**\n"),
                "a criterion the closest answer leaves blocking can still be met on its own: " + md);
        assertFalse(md.contains("The search stopped"), "the search finished: the answer is proven");
    }

    @Test
    void aSearchCutShortSaysSo() {
        String md = markdown(searching(CounterfactualOptions.DEFAULT_MAX_EDITS, 3).evaluate(Shipped.ARTICLE));
        assertTrue(md.contains("**⚠ The search stopped early.** The search stopped at its bound of 3 variations before it finished, so "), md);
        assertTrue(md.contains("No GO found before the search stopped"), md);
    }

    @Test
    void onlyConfirmationsAreSaidToBeConfirmations() {
        String md = markdown(Shipped.readiness().evaluate(Shipped.FACTS.resolve("scenario-stale-evidence.yaml")));
        assertTrue(md.contains("**The fewest fact edits that turn the verdict to GO: 2 edits to 2 facts, all of them confirmations of facts as stated.**"), md);
        assertTrue(md.contains("- **Ceasefire**\n  - _confirm it as stated (no change): the evidence on record is too old or too weakly sourced to count_\n"), md);
        assertTrue(md.contains("A confirmation changes nothing in a fact: it stands for new evidence that the fact holds as stated, "
                + "at most 90 days old and from a source graded D4 or better."), md);
        assertTrue(md.contains("replay them as what-if overrides (a confirmation sets a field to the value it already has):"), md);
    }

    @Test
    void theReplayStartsFromTheOverridesAlreadyAssumed() {
        Readiness readiness = Shipped.readiness();
        Assessment assumed = readiness.evaluate(readiness.override(readiness.readFacts(Shipped.ARTICLE), List.of("Mandate.status=agreed")));
        String md = markdown(assumed);
        assertTrue(md.contains("GO would take 16 edits to 7 facts"), md);
        assertTrue(md.contains("```sh\nreadiness evaluate facts/2025-03-coalition-planning.yaml \\\n    --set 'Mandate.status=agreed' \\\n"
                + "    --set 'Ceasefire.scope=comprehensive' \\\n"), md);
    }

    /** A quote in a fact's key would end the shell word early: the replay, in the briefings and in text, quotes it. */
    @Test
    void theReplayQuotesEachOverrideForTheShell() {
        String quoted = "--set 'Talks[party=<img src=x onerror=\"window.__xss='\\''talks'\\''\">].venue=all-parties'";
        assertTrue(markdown(Hostile.rules()).contains("\n    " + quoted + "\n```\n"), markdown(Hostile.rules()));
        assertTrue(OutputFormat.TEXT.renderer(RenderOptions.PLAIN).render(List.of(Hostile.rules())).contains("\n      " + quoted + "\n"));
    }

    @Test
    void aGoHasNoneAndOneNotComputedIsSaidToBe() {
        Readiness shipped = Shipped.readiness();
        Assessment go = shipped.evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"));
        Assessment uncomputed = shipped.with(shipped.options().withCounterfactual(CounterfactualOptions.DEFAULT.disabled())).evaluate(Shipped.ARTICLE);
        assertFalse(markdown(go).contains("What would have to change for GO"));
        assertFalse(markdown(uncomputed).contains("What would have to change for GO"));
        assertFalse(html(uncomputed).contains("class=\"what-it-takes\""));
        assertTrue(markdown(go, uncomputed).contains("| **GO would take** | nothing: it is GO | not computed |"), markdown(go, uncomputed));
    }

    @Test
    void inAComparisonEachScenarioLinksToItsOwnAnswer() {
        Readiness shipped = Shipped.readiness();
        String html = html(shipped.evaluate(Shipped.ARTICLE), shipped.evaluate(Shipped.FACTS.resolve("scenario-weak-sources.yaml")));
        assertTrue(html.contains("<td class=\"takes\"><a href=\"#s1-what-would-have-to-change\">17 edits to 7 facts</a></td>"), html);
        assertTrue(html.contains("<td class=\"takes\"><a href=\"#s2-what-would-have-to-change\">4 edits to 4 facts</a></td>"), html);
        assertTrue(html.contains("id=\"s2-what-would-have-to-change\""));
        assertEquals(2, BriefingEscapingTest.count(html, "<section class=\"counterfactual\""));
    }
}
