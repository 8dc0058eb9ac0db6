package org.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.document.Format;
import org.readiness.model.FactSet;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.UncertainField;
import org.readiness.model.UncertainField.Outcome;

/**
 * Fields given as distributions: read and checked by the loader (so {@code readiness check} checks them
 * too), left unknown in the fact, settled by overrides. Bad distributions are in the bad-input corpus.
 */
class DistributionsTest {

    private final Readiness readiness = Shipped.readiness();

    @Test
    void aDistributionIsReadWithItsValuesInOrderAndTheFactLeavesTheFieldOut() {
        FactSet set = parse("  - type: Support\n    party: US\n    role: backstop\n"
                + "    political: {committed: 0.3, conditional: 0.3, uncertain: 0.4}\n"
                + "  - type: Mandate\n    achievable: {true: 0.6, false: 0.4}\n");
        assertEquals(2, set.uncertain().size());
        UncertainField political = set.uncertain().get(0);
        assertEquals("Support[party=US].political", political.path());
        assertEquals(0, political.fact());
        assertEquals(List.of(new Outcome("committed", 0.3), new Outcome("conditional", 0.3), new Outcome("uncertain", 0.4)),
                political.outcomes());
        assertEquals(7, political.location().line());
        assertFalse(set.facts().get(0).fields().containsKey("political"));
        assertEquals(List.of(true, false), set.uncertain().get(1).outcomes().stream().map(Outcome::value).toList());
    }

    @Test
    void probabilitiesThatSumToOneWithinTheToleranceAreScaledToOneExactly() {
        UncertainField thirds = parse("  - type: Ceasefire\n    scope: {none: 0.33, partial: 0.33, comprehensive: 0.33}\n")
                .uncertain().get(0);
        assertEquals(1.0, thirds.outcomes().stream().mapToDouble(Outcome::probability).sum(), 1e-12);
        assertEquals(1 / 3.0, thirds.outcomes().get(0).probability(), 1e-12);
    }

    @Test
    void aDistributionWithOnePossibleValueIsThatValue() {
        FactSet set = parse("  - type: Ceasefire\n    scope: {partial: 1, none: 0}\n");
        assertTrue(set.uncertain().isEmpty());
        assertEquals("partial", set.facts().get(0).fields().get("scope"));
    }

    @Test
    void theDistributionIsPartOfWhatTheFactSetSays() {
        String a = "  - type: Ceasefire\n    scope: {none: 0.5, partial: 0.5}\n";
        String b = "  - type: Ceasefire\n    scope: {none: 0.4, partial: 0.6}\n";
        assertNotEquals(parse(a).hash(), parse(b).hash());
        assertNotEquals(parse(a).hash(), parse("  - type: Ceasefire\n").hash());
    }

    @Test
    void everyBadValueOrProbabilityIsReportedWithItsPlace() {
        ProblemException e = assertThrows(ProblemException.class, () -> parse(
                "  - type: Ceasefire\n    scope: {everything: 0.5, partial: 1.5}\n    state: {holding: 0.5, proposed: 0.4}\n"));
        assertEquals(List.of(ProblemCode.VALUE_NOT_ALLOWED, ProblemCode.BAD_DISTRIBUTION, ProblemCode.BAD_DISTRIBUTION),
                e.problems().stream().map(Problem::code).toList(), e.problems().toString());
        assertEquals("facts[0].scope.everything", e.problems().get(0).path());
        assertTrue(e.problems().get(2).message().contains("sum to 0.9, not 1"), e.problems().get(2).message());
    }

    @Test
    void anOverrideSettlesAnUncertainFieldAndKeepsTheOthers() {
        FactSet uncertain = readiness.readFacts(Shipped.FACTS.resolve("2025-03-coalition-planning-uncertain.yaml"));
        FactSet settled = readiness.override(uncertain, List.of("Support[party=US].political=committed"));
        assertEquals(uncertain.uncertain().size() - 1, settled.uncertain().size());
        assertTrue(settled.uncertain().stream().noneMatch(u -> u.path().equals("Support[party=US].political")));
        assertEquals("committed", settled.facts().stream().filter(f -> f.id().equals("Support[party=US]")).findFirst()
                .orElseThrow().fields().get("political"));
    }

    @Test
    void evaluateRefusesAnUncertainFactSetPointingToSweepAndTheOverridesThatWouldSettleIt() {
        FactSet uncertain = readiness.readFacts(Shipped.FACTS.resolve("2025-03-coalition-planning-uncertain.yaml"));
        ProblemException e = assertThrows(ProblemException.class, () -> readiness.evaluate(uncertain));
        Problem problem = e.problems().get(0);
        assertEquals(ProblemCode.UNCERTAIN_FACTS, problem.code());
        assertEquals("Ceasefire.scope", problem.path());
        assertTrue(problem.hint().contains("readiness sweep") && problem.hint().contains("--set 'Ceasefire.scope=energy-infrastructure'"),
                problem.hint());
        List<String> settleAll = uncertain.uncertain().stream().map(u -> u.path() + "=" + u.outcomes().get(0).value()).toList();
        assertFalse(readiness.evaluate(readiness.override(uncertain, settleAll)).criteria().isEmpty());
    }

    private FactSet parse(String facts) {
        return FactSetReader.parse("scenario: Test\nasOf: 2025-03-21\nfacts:\n" + facts, Format.YAML, "<test>",
                readiness.rules().catalog());
    }
}
