package org.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionKind;
import org.readiness.model.RuleInfo;

/** The shipped rule set has what the design promises: the ten criteria, and rules that say why. */
class ShippedRulesTest {

    private final RuleSet rules = Shipped.readiness().rules();

    @Test
    void declaresTheArticlesFivePreconditionsAsBlockingAndFiveStepsAsAdvisory() {
        assertEquals(List.of("ceasefire", "support", "mandate", "force-safety", "deterrence"), ids(CriterionKind.PRECONDITION));
        assertEquals(List.of("diplomacy", "goals", "resources", "unity", "contingencies"), ids(CriterionKind.STEP));
        rules.criteria().forEach(c -> assertEquals(c.kind() == CriterionKind.PRECONDITION, c.blocking(), c.id()));
    }

    @Test
    void everyPreconditionHasAtLeastThreeRulesThatCanConcludeBothWays() {
        for (Criterion c : rules.criteria()) {
            List<RuleInfo> own = rules.rules().stream().filter(r -> r.criterion().equals(c.id())).toList();
            if (c.kind() == CriterionKind.PRECONDITION) {
                assertTrue(own.size() >= 3, c.id() + " has " + own.size() + " rules");
                assertTrue(own.stream().anyMatch(r -> r.conclusion() == Conclusion.MET), c.id() + " needs a rule that concludes MET");
                assertTrue(own.stream().anyMatch(r -> r.conclusion() == Conclusion.NOT_MET), c.id() + " needs a rule that concludes NOT_MET");
            } else {
                assertFalse(own.isEmpty(), c.id() + " has no rule");
            }
        }
    }

    @Test
    void everyRuleStatesItsReasonClaimAndWhereItLives() {
        for (RuleInfo rule : rules.rules()) {
            assertFalse(rule.reason().isBlank(), rule.name());
            assertFalse(rule.claim().isBlank(), rule.name());
            assertTrue(rule.location().file().startsWith("rules/") && rule.location().line() > 0, rule.name() + " at " + rule.location());
            assertTrue(rule.location().file().endsWith(rule.criterion() + ".drl"), rule.name() + ": one file per criterion");
            assertFalse(rule.factTypes().isEmpty(), rule.name() + " reads no declared fact type");
            if (rule.conclusion() == Conclusion.NOT_MET) {
                assertNotNull(rule.remedy(), rule.name());
                assertTrue(rules.criterion(rule.step()).map(c -> c.kind() == CriterionKind.STEP).orElse(false), rule.name());
            }
        }
    }

    @Test
    void declaresTheFactTypesInDrlWithAllowedValues() {
        assertEquals(List.of("Ceasefire", "Support", "PublicOpinion", "Mandate", "ThreatAssessment", "Deterrence",
                "Diplomacy", "Resources", "CoalitionUnity", "ContingencyPlan"), List.copyOf(rules.catalog().names()));
        FieldInfo scope = rules.catalog().type("Ceasefire").orElseThrow().field("scope").orElseThrow();
        assertEquals(FieldKind.CHOICE, scope.kind());
        assertEquals(List.of("none", "energy-infrastructure", "partial", "comprehensive"), scope.allowed());
        assertFalse(scope.doc().isBlank());
        FactTypeInfo support = rules.catalog().type("Support").orElseThrow();
        assertEquals(List.of("party"), support.keyFields());
        assertTrue(support.field("role").orElseThrow().required());
        assertFalse(support.field("political").orElseThrow().required());
    }

    private List<String> ids(CriterionKind kind) {
        return rules.criteria().stream().filter(c -> c.kind() == kind).map(Criterion::id).toList();
    }
}
