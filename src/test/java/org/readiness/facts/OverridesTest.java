package org.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/** What-if overrides: selected, validated and recorded like facts, and judged as assumptions. */
class OverridesTest {

    private final Readiness readiness = Shipped.readiness();
    private final FactSet article = readiness.readFacts(Shipped.ARTICLE);

    @Test
    void anOverrideChangesTheSelectedFactAndIsRecorded() {
        FactSet edited = readiness.override(article, List.of("Support[party=US].political=committed"));
        Fact us = fact(edited, "Support[party=US]");
        assertEquals("committed", us.fields().get("political"));
        assertEquals("uncertain", fact(article, "Support[party=US]").fields().get("political"), "the original is untouched");
        assertEquals(List.of("article", Overrides.WHAT_IF), us.sources());
        assertNotEquals(article.hash(), edited.hash());
        Assessment assessment = readiness.evaluate(edited);
        assertEquals(List.of("Support[party=US].political=committed"), assessment.overrides());
    }

    @Test
    void theArticlesPreconditionsCanAllBeAssumedIntoAGo() {
        FactSet edited = readiness.override(article, List.of(
                "Ceasefire.scope=comprehensive", "Ceasefire.agreedBy=all-parties", "Ceasefire.state=holding", "Ceasefire.conditions=",
                "Support[party=US].political=committed", "Support[party=US].financial=committed",
                "Support[party=Italy].political=committed", "PublicOpinion[country=US,topic=troop-deployment].level=divided",
                "Mandate.status=agreed", "Mandate.achievable=true", "Mandate.understoodBy=all-parties",
                "ThreatAssessment[actor=Russia].stance=tolerates", "ThreatAssessment[actor=Russia].escalationRisk=moderate",
                "ThreatAssessment[actor=Russia].threatLevel=moderate",
                "Deterrence.backstop=committed", "Deterrence.forceReadiness=ready", "Deterrence.capability=sufficient"));
        Assessment assessment = readiness.evaluate(edited);
        assertEquals(Verdict.GO, assessment.verdict(), assessment.criteria().toString());
    }

    @Test
    void anEmptyValueMakesAFieldUnknown() {
        FactSet edited = readiness.override(article, List.of("Ceasefire.conditions="));
        assertTrue(!fact(edited, "Ceasefire").fields().containsKey("conditions"));
    }

    @Test
    void aSelectorMatchingSeveralFactsChangesThemAll() {
        FactSet edited = readiness.override(article, List.of("Support[role=lead].troops=considering"));
        assertEquals("considering", fact(edited, "Support[party=UK]").fields().get("troops"));
        assertEquals("considering", fact(edited, "Support[party=France]").fields().get("troops"));
    }

    @Test
    void aCompletelyNamedMissingFactIsAddedAsAnAssumption() {
        FactSet edited = readiness.override(article, List.of("Support[party=Germany].role=member",
                "Support[party=Germany].political=committed"));
        Fact germany = fact(edited, "Support[party=Germany]");
        assertEquals(List.of(Overrides.WHAT_IF), germany.sources());
        assertEquals("--set", germany.location().file());
        Assessment assessment = readiness.evaluate(edited);
        assertEquals(Status.NOT_MET, assessment.criteria().get(1).status(), "still not broad: the U.S. is uncertain");
        assertTrue(assessment.criteria().get(1).findings().stream().noneMatch(f -> f.rule().name().equals("Too few committed backers")),
                "three committed backers now");
    }

    private static Fact fact(FactSet facts, String id) {
        return facts.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
