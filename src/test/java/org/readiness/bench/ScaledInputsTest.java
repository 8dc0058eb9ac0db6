package org.readiness.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Assessment;
import org.readiness.model.FactSet;
import org.readiness.model.Status;
import org.readiness.rules.RuleSet;

/** The generated inputs of the scale benchmarks are valid rule and fact sets whose rules do fire. */
class ScaledInputsTest {

    @Test
    void generatedRulesCompileAndFireOnGeneratedFacts() {
        RuleSet rules = RuleSet.load(ScaledInputs.rules(2));
        assertEquals(2 * ScaledInputs.RULES_PER_SCALE, rules.rules().size());
        assertEquals(20, rules.criteria().size());
        Readiness readiness = Readiness.of(rules, EvaluationOptions.DEFAULT);
        FactSet small = readiness.readFacts(ScaledInputs.facts(1));
        FactSet large = readiness.readFacts(ScaledInputs.facts(10));
        assertEquals(14, small.facts().size());
        assertEquals(140, large.facts().size());
        Assessment few = readiness.evaluate(small);
        Assessment more = readiness.evaluate(large);
        assertTrue(few.provenance().rulesFired() > 10, "rules fire: " + few.provenance().rulesFired());
        assertTrue(more.provenance().rulesFired() > 0);
        assertTrue(more.criteria().stream().anyMatch(c -> c.status() == Status.MET), "MET rules fire too");
        assertTrue(more.criteria().stream().anyMatch(c -> c.status() == Status.NOT_MET));
    }

    @Test
    void partiesAreTheArticlesThenNumberedCopies() {
        assertEquals("US", ScaledInputs.party(0));
        assertEquals("Germany", ScaledInputs.party(4));
        assertEquals("US-2", ScaledInputs.party(5));
        assertEquals(Path.of("target", "scale", "rules-x3"), ScaledInputs.DIR.resolve("rules-x3"));
    }
}
