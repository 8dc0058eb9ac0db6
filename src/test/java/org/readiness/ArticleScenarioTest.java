package org.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readiness.model.Assessment;
import org.readiness.model.Conclusion;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.Finding;

/** The article's situation must be NO-GO for the reasons a reader of the article would give (design §1). */
class ArticleScenarioTest {

    static Assessment assessment;

    @BeforeAll
    static void evaluate() {
        assessment = Shipped.readiness().evaluate(Shipped.ARTICLE);
    }

    @Test
    void ceasefireFailsBecauseItCoversOnlyEnergyInfrastructureAndIsNotAgreedByAll() {
        CriterionResult ceasefire = criterion("ceasefire");
        assertTrue(rules(ceasefire).containsAll(List.of("Ceasefire limited in scope", "Ceasefire not agreed by all parties")),
                rules(ceasefire).toString());
        assertTrue(ceasefire.summary().contains("energy infrastructure"), ceasefire.summary());
    }

    @Test
    void mandateFailsBecauseItIsStillBeingDefined() {
        assertEquals(List.of("Mandate still being defined"), rules(criterion("mandate")));
    }

    @Test
    void forceSafetyFailsBecauseRussiaOpposesForeignTroops() {
        CriterionResult safety = criterion("force-safety");
        assertTrue(rules(safety).contains("Armed party opposes the force"));
        assertTrue(safety.summary().startsWith("Russia opposes"), safety.summary());
    }

    @Test
    void supportFailsOnUncertainUsBackingLowPublicSupportAndItalysHesitancy() {
        CriterionResult support = criterion("support");
        assertTrue(rules(support).containsAll(List.of("Indispensable partner's political backing in doubt",
                "Low public support for sending troops", "Coalition member holding back")), rules(support).toString());
        List<String> facts = support.findings().stream().flatMap(f -> f.facts().stream()).map(Fact::id).distinct().toList();
        assertTrue(facts.containsAll(List.of("Support[party=US]", "Support[party=Italy]",
                "PublicOpinion[country=US,topic=troop-deployment]")), facts.toString());
    }

    @Test
    void everyNotMetFindingSaysWhatWouldHaveToChangeUnderAPracticalStep() {
        for (CriterionResult c : assessment.criteria()) {
            for (Finding f : c.findings()) {
                if (f.conclusion() == Conclusion.NOT_MET) {
                    assertFalse(f.remedy().isBlank(), f.rule().name());
                    assertTrue(List.of("diplomacy", "goals", "resources", "unity", "contingencies").contains(f.step()), f.rule().name());
                }
            }
            assertFalse(c.changes().isEmpty(), c.id() + " is not MET, so something would have to change");
        }
    }

    @Test
    void findingsNameTheFactsAndTheirSourcesAsWritten() {
        Finding limited = criterion("ceasefire").findings().stream()
                .filter(f -> f.rule().name().equals("Ceasefire limited in scope")).findFirst().orElseThrow();
        Fact ceasefire = limited.facts().get(0);
        assertEquals("energy-infrastructure", ceasefire.fields().get("scope"));
        assertEquals(List.of("kremlin-statement", "article"), ceasefire.sources());
        assertEquals("facts/2025-03-coalition-planning.yaml", ceasefire.location().file());
        assertTrue(ceasefire.location().line() > 0);
        assertEquals("rules/ceasefire.drl", limited.rule().location().file());
    }

    @Test
    void articleEvidenceIsGoodEnoughToCount() {
        assertTrue(assessment.criteria().stream().flatMap(c -> c.findings().stream()).noneMatch(Finding::weak),
                "the article's sources are graded C3 or better and recent");
    }

    private static CriterionResult criterion(String id) {
        return assessment.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> rules(CriterionResult c) {
        return c.findings().stream().map(f -> f.rule().name()).toList();
    }
}
