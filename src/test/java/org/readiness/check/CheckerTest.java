package org.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.document.Format;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionResult;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemCode;
import org.readiness.model.Status;
import org.readiness.rules.RuleCache;

/**
 * The checker on the shipped rules (which must come out clean) and on small rule sets with a gap, a
 * conflict, a rule that cannot fire, lint, and a gap that only a sample of larger fact sets reaches. Every
 * example fact file is read back by the real fact loader and evaluated: it must reproduce its finding.
 */
class CheckerTest {

    static final Path FIXTURES = Path.of("src/test/resources/check");

    static CheckReport check(String rules, List<Path> paths, int max) {
        return Checker.check(new Checker.Options(FIXTURES.resolve(rules), paths, max, Checker.Options.DEFAULT_SEED, RuleCache.disabled()));
    }

    static List<Diagnostic> of(CheckReport report, ProblemCode code) {
        return report.diagnostics().stream().filter(d -> d.problem().code() == code).toList();
    }

    @Test
    void theShippedRulesFactsAndTestsAreClean() {
        CheckReport report = Checker.check(Checker.Options.defaults(Shipped.RULES));
        assertEquals(List.of(), report.diagnostics().stream().map(d -> CheckText.line(d)).toList());
        assertEquals(CheckReport.Outcome.CLEAN, report.outcome());
        assertEquals(Shipped.documents(Shipped.FACTS), report.factFiles().size());
        assertEquals(Shipped.documents(Path.of("tests")), report.testFiles().size());
        assertEquals(10, report.analysis().size(), "every criterion is analysed");
        CriterionAnalysis ceasefire = report.analysis().get(0);
        assertEquals("ceasefire", ceasefire.criterion());
        assertTrue(ceasefire.exhaustive());
        assertEquals(1 + 5 * 4 * 5 * 4, ceasefire.evaluated(), "no fact, or one Ceasefire with each field one of its values or unknown");
        assertEquals(List.of("scope", "agreedBy", "state", "conditions"), ceasefire.reads().stream().map(CriterionAnalysis.Read::field).toList());
        CriterionAnalysis support = report.analysis().get(1);
        assertFalse(support.exhaustive(), "several Support facts and public opinion: too many to try them all");
        assertEquals(Checker.Options.DEFAULT_MAX_COMBINATIONS, support.evaluated());
        assertEquals(4, support.maxFacts().get("Support"), "'at least three committed' needs four facts to go both ways");
        assertTrue(support.exhaustiveUpTo() >= 1);
        assertTrue(support.notes().stream().anyMatch(n -> n.startsWith("Support.party is text, compared only with other facts' fields")), support.notes().toString());
    }

    @Test
    void aGapComesWithTheSmallestExampleAndTheExampleReproducesIt() {
        CheckReport report = check("gap", List.of(), 20_000);
        List<Diagnostic> gaps = of(report, ProblemCode.GAP);
        assertEquals(1, gaps.size(), report.diagnostics().toString());
        Diagnostic gap = gaps.get(0);
        assertEquals(Severity.WARNING, gap.severity());
        assertEquals("src/test/resources/check/gap/calm.drl:5", gap.problem().location().toString());
        assertTrue(gap.problem().message().contains("on 3 of the 6 fully described fact sets tried, e.g. Alert{level: low, confirmed: false}"),
                gap.problem().message());
        CriterionResult calm = evaluateExample(report, gap, "calm");
        assertEquals(Status.UNKNOWN, calm.status());
        assertTrue(calm.findings().isEmpty(), "no rule concludes on the example");
        assertEquals(CheckReport.Outcome.PROBLEMS, report.outcome());
    }

    @Test
    void aConflictIsReducedToWhatCausesIt() {
        CheckReport report = check("conflict", List.of(), 20_000);
        Diagnostic conflict = of(report, ProblemCode.CONFLICT).get(0);
        assertTrue(conflict.problem().message().contains("MET (\"Confirmed alert\") and NOT_MET (\"Alert of unknown level\") on 2 of the 13"),
                conflict.problem().message());
        assertTrue(conflict.problem().message().endsWith("e.g. Alert{confirmed: true}"), "the level is left out: unknown");
        CriterionResult calm = evaluateExample(report, conflict, "calm");
        assertTrue(calm.findings().stream().anyMatch(f -> f.rule().name().equals("Confirmed alert")));
        assertTrue(calm.findings().stream().anyMatch(f -> f.rule().name().equals("Alert of unknown level")));
        assertEquals(2, report.analysis().get(0).conflicts(), "a confirmed high alert too");
    }

    @Test
    void aRuleThatCannotFireIsReportedWhenEverythingWasTried() {
        List<Diagnostic> never = of(check("gap", List.of(), 20_000), ProblemCode.RULE_NEVER_FIRES);
        assertEquals(1, never.size());
        assertTrue(never.get(0).problem().message().startsWith("rule \"Impossible\" fires on none of the 13 fact sets"));
        assertEquals(19, never.get(0).problem().location().line());
    }

    @Test
    void aGapThatTakesTwoFactsIsFoundBySampling() {
        CheckReport report = check("votes", List.of(), 30);
        CriterionAnalysis consensus = report.analysis().get(0);
        assertFalse(consensus.exhaustive());
        assertEquals(30, consensus.evaluated());
        assertEquals(1, consensus.exhaustiveUpTo(), "every fact set of one fact, then a sample");
        assertEquals(1L, consensus.seed());
        assertTrue(consensus.notes().contains("Member.name is text: tried [chair, x1, x2, x3], around the values the rules compare it with"),
                consensus.notes().toString());
        Diagnostic gap = of(report, ProblemCode.GAP).get(0);
        CriterionResult result = evaluateExample(report, gap, "consensus");
        assertTrue(result.findings().isEmpty());
        assertEquals(2, factsOf(gap).facts().size(), "two members: one fact concludes something whatever it says");
        assertTrue(of(report, ProblemCode.RULE_NEVER_FIRES).isEmpty(), "not claimed from a sample");

        CheckReport whole = check("votes", List.of(), 20_000);
        assertTrue(whole.analysis().get(0).exhaustive());
        assertEquals(28, whole.analysis().get(0).gaps());
    }

    @Test
    void lintFindsCriteriaWithoutConclusionsUnusedFieldsAndUncitedSources() {
        CheckReport report = check("lint", List.of(FIXTURES.resolve("facts/unused-source.yaml")), 20_000);
        Diagnostic withoutRules = of(report, ProblemCode.CRITERION_WITHOUT_RULES).get(0);
        assertEquals("src/test/resources/check/lint/criteria.yaml:6:9", withoutRules.problem().location().toString());
        assertTrue(withoutRules.problem().message().startsWith("criterion 'act': no rule concludes about it"));
        assertTrue(of(report, ProblemCode.CRITERION_NEVER_MET).get(0).problem().message()
                .contains("'calm': no rule concludes MET, so it can never be MET; it is blocking, so the verdict can never be GO"));
        List<String> unused = of(report, ProblemCode.UNUSED_FIELD).stream().map(d -> d.problem().location() + " " + d.problem().message()).toList();
        assertEquals(2, unused.size(), unused.toString());
        assertTrue(unused.get(0).startsWith("src/test/resources/check/lint/facts.drl:8:13 no rule reads or prints this field"), unused.toString());
        assertTrue(unused.get(1).contains("no rule reads fact type Weather"), unused.toString());
        Diagnostic source = of(report, ProblemCode.UNUSED_SOURCE).get(0);
        assertEquals("src/test/resources/check/facts/unused-source.yaml:5:10", source.problem().location().toString());
        assertEquals("sources[1].id", source.problem().path());
    }

    @Test
    void invalidFactFilesAreErrorsAndRulesThatDoNotCompileStopTheRest() {
        CheckReport bad = check("gap", List.of(FIXTURES.resolve("facts")), 0);
        Diagnostic error = bad.diagnostics().get(0);
        assertEquals(Severity.ERROR, error.severity(), "errors first");
        assertEquals(ProblemCode.UNKNOWN_FIELD, error.problem().code());
        assertTrue(bad.analysis().isEmpty(), "--max-combinations 0 skips the analysis");

        CheckReport broken = check("broken", List.of(FIXTURES.resolve("facts")), 20_000);
        assertEquals(CheckReport.Outcome.RULES_INVALID, broken.outcome());
        assertFalse(broken.rulesCompile());
        assertEquals(List.of(ProblemCode.DRL_SYNTAX), broken.diagnostics().stream().map(d -> d.problem().code()).toList());

        CheckReport missing = check("gap", List.of(FIXTURES.resolve("no-such-dir")), 0);
        assertEquals(CheckReport.Outcome.UNREADABLE, missing.outcome());
    }

    @Test
    void testsAreValidatedWithTheirProblemsReported() {
        CheckReport report = Checker.check(new Checker.Options(Shipped.RULES,
                List.of(Path.of("src/test/resources/bad-input/tests/unknown-rule.yaml")), 0, 1, RuleCache.disabled()));
        assertEquals(List.of(ProblemCode.UNKNOWN_RULE), report.diagnostics().stream().map(d -> d.problem().code()).toList());
        assertEquals(1, report.testFiles().size());
    }

    @Test
    void wrongRuleMetadataIsReportedAndFactFilesAreStillChecked() {
        CheckReport report = check("metadata", List.of(FIXTURES.resolve("facts/bad-field.yaml")), 20_000);
        assertEquals(CheckReport.Outcome.PROBLEMS, report.outcome(), "the DRL compiles: problems found, exit 1");
        assertTrue(report.rulesCompile());
        assertFalse(report.rulesLoad());
        List<ProblemCode> codes = report.diagnostics().stream().map(d -> d.problem().code()).toList();
        assertTrue(codes.contains(ProblemCode.UNKNOWN_CRITERION), codes.toString());
        assertTrue(codes.contains(ProblemCode.RULE_METADATA), codes.toString());
        assertTrue(codes.contains(ProblemCode.UNKNOWN_FIELD), "the fact file is checked against the declarations: " + codes);
        assertTrue(report.analysis().isEmpty(), "no analysis without the rules' metadata");
    }

    @Test
    void aGapTheRuleFileExplainsIsANoteAndTheCheckPasses() {
        CheckReport report = check("explained", List.of(Path.of("src/test/resources/bad-input/tests/no-tests")), 20_000);
        Diagnostic gap = of(report, ProblemCode.GAP).get(0);
        assertEquals(Severity.NOTE, gap.severity());
        assertTrue(gap.explanation().startsWith("A medium alert, or a low one not yet confirmed"), gap.explanation());
        assertEquals(CheckReport.Outcome.CLEAN, report.outcome());
        assertEquals(CheckReport.Outcome.PROBLEMS, check("gap", List.of(Path.of("src/test/resources/bad-input/tests/no-tests")), 20_000).outcome(),
                "the same gap unexplained fails");
    }

    /** SARIF's rule catalogue describes every code, and the README documents every one. */
    @Test
    void everyProblemCodeIsDescribedAndDocumented() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(Codes.described(code), code + " has no description for SARIF");
            assertTrue(readme.contains("`" + code.id() + "`"), code.id() + " is not documented in README.md");
        }
    }

    private static CriterionResult evaluateExample(CheckReport report, Diagnostic finding, String criterion) {
        Readiness readiness = Readiness.load(Path.of(report.rules()));
        FactSet facts = readiness.parseFacts(finding.example(), Format.YAML, "example.yaml");
        Assessment assessment = readiness.evaluate(facts);
        return assessment.criteria().stream().filter(c -> c.id().equals(criterion)).findFirst().orElseThrow();
    }

    private static FactSet factsOf(Diagnostic finding) {
        assertNotNull(finding.example());
        return Readiness.load(Path.of("src/test/resources/check/votes")).parseFacts(finding.example(), Format.YAML, "example.yaml");
    }
}
