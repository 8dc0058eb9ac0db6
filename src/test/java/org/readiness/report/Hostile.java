package org.readiness.report;

import java.nio.file.Path;
import java.util.List;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;

/**
 * Fact sets and a rule set with hostile text in every free-text place (src/test/resources/briefing), and a
 * diff of two hostile fact sets: what the escaping tests render. The hostile rules' counterfactual edits a
 * fact whose key is hostile, so a payload also appears inside an edit and its replayed override. Each payload would run a script (setting {@code window.__xss} or opening a
 * dialog), inject markup, or break a Markdown table if it reached a briefing unescaped.
 */
final class Hostile {

    static final Path DIR = Path.of("src/test/resources/briefing");

    /** Payloads that must reach a reader verbatim, as inert text. */
    static final List<String> SHOWN_VERBATIM = List.of(
            "<script>window.__xss='scenario'</script> Hostile | scenario",
            "\"><img src=x onerror=\"window.__xss='description'\"> and <b>bold</b>, **not bold**, [a link](javascript:window.__xss='md-link')",
            "</td></tr></table><script>window.__xss='title'</script><table><tr><td>",
            "<iframe srcdoc=\"<script>parent.__xss='publisher'</script>\"></iframe>",
            "javascript:window.__xss='url';alert(1)",
            "https://example.org/report?id=1&title='onmouseover='window.__xss=1'#part",
            "https://example.org/?q=\"><script>window.__xss='href'</script>",
            "data:text/html,<script>window.__xss='data'</script>",
            "`code` ~~struck~~ _emphasis_ \\ backslash",
            "<svg onload=\"window.__xss='note'\"></svg> 1. not a list",
            "<img src=x onerror=\"window.__xss='party'\">'s political backing is uncertain",
            "'><script>alert('member')</script>'s troop contribution is hesitant",
            "<a href=\"javascript:window.__xss='actor'\">Russia</a> opposes the deployment of foreign troops",
            "&lt;script&gt; stays as written, &amp; too",
            "<script>window.__xss='criterion-title'</script> Ceasefire | title",
            "\"><img src=x onerror=\"window.__xss='wording'\"> # wording",
            "<b onmouseover=\"window.__xss='step-title'\">Diplomacy</b>",
            "[click](javascript:window.__xss='wording-link') | wording",
            "<script>window.__xss='rule-name'</script> | rule",
            "<img src=x onerror=\"window.__xss='reason'\"> <img src=x onerror=\"window.__xss='talks'\"> | reason",
            "<iframe srcdoc=\"<script>parent.__xss='remedy'</script>\"></iframe> - remedy",
            "</p><script>window.__xss='claim'</script> `claim`",
            "<script>window.__xss='rumour'</script>");

    /** Payloads of the hostile diff (hostile-facts.yaml to hostile-facts-changed.yaml) that must reach a reader verbatim. */
    static final List<String> DIFF_SHOWN_VERBATIM = List.of(
            "<script>window.__xss='scenario'</script> Hostile | scenario",
            "<script>window.__xss='later-scenario'</script> Later | scenario",
            "<svg onload=\"window.__xss='changed-note'\"></svg> # changed note | cell",
            "Support[party=<script>window.__xss='added-party'</script>]",
            "Support[party='><script>alert('member')</script>]",
            "PublicOpinion[country=<img src=x onerror=\"window.__xss='party'\">,topic=troop-deployment]",
            "<img src=x onerror=\"window.__xss='party'\">'s political backing is conditional",
            "'><script>alert('member')</script>'s troop contribution is hesitant",
            "</td></tr></table><script>window.__xss='title'</script><table><tr><td>",
            "<img src=x onerror=\"window.__xss='changed-title'\"> | changed title",
            "</td></tr></table><script>window.__xss='added-source'</script> | added",
            "**not bold** [a link](javascript:window.__xss='added-publisher')");

    /** The key of the fact the hostile rules' counterfactual edits: it names the fact in the edit and in its override. */
    static final String TALKS_PARTY = "<img src=x onerror=\"window.__xss='talks'\">";

    private static Readiness hostileRules;

    private Hostile() {
    }

    /** The shipped rules on hostile facts: scenario, description, notes, key fields, source titles, publishers, URLs. */
    static Assessment facts() {
        return Shipped.readiness().evaluate(DIR.resolve("hostile-facts.yaml"));
    }

    /** A hostile rule set: criterion titles and wording, rule names, reasons, remedies, claims. */
    static synchronized Assessment rules() {
        if (hostileRules == null) {
            hostileRules = Readiness.load(DIR.resolve("hostile-rules"), EvaluationOptions.DEFAULT.withClock(Shipped.CLOCK));
        }
        return hostileRules.evaluate(DIR.resolve("hostile-rules-facts.yaml"));
    }

    static List<Assessment> both() {
        return List.of(facts(), rules());
    }

    /** The shipped rules' diff of hostile-facts.yaml and a later version of it, hostile in new places. */
    static AssessmentDiff diff() {
        Readiness readiness = Shipped.readiness();
        return readiness.diff(readiness.readFacts(DIR.resolve("hostile-facts.yaml")), readiness.readFacts(DIR.resolve("hostile-facts-changed.yaml")));
    }
}
