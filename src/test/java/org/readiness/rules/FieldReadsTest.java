package org.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;

/**
 * What each rule reads, as the parsed conditions say: fields named in constraints, reached through
 * bound facts or bound to variables; the values they are compared with; joins; counts.
 */
class FieldReadsTest {

    static FieldReads reads(String rule) {
        return Shipped.readiness().rules().definitions().stream().filter(d -> d.info().name().equals(rule))
                .findFirst().orElseThrow().reads();
    }

    @Test
    void constraintsNameTheFieldsTheyRead() {
        FieldReads holding = reads("Genuine ceasefire holding");
        assertEquals(Map.of("Ceasefire", Set.of("scope", "agreedBy", "state", "conditions")), holding.fields());
        assertEquals(List.of("scope", "agreedBy", "state", "conditions"), List.copyOf(holding.fieldsOf("Ceasefire")), "in order");
        assertTrue(holding.opaque().isEmpty());
    }

    @Test
    void aFieldReachedThroughABoundFactIsAJoin() {
        FieldReads low = reads("Low public support for sending troops");
        assertEquals(Set.of("topic", "level", "country"), low.fieldsOf("PublicOpinion"));
        assertEquals(Set.of("party", "role"), low.fieldsOf("Support"));
        assertEquals(Set.of("Support.party", "PublicOpinion.country"), low.joined());
        assertEquals(Map.of("PublicOpinion", Set.of("country", "level"), "Support", Set.of("role")), low.printed());
    }

    @Test
    void aFieldBoundToAVariableUnderNotIsReadAndJoined() {
        FieldReads broad = reads("Broad political and financial backing");
        assertEquals(Set.of("topic", "level", "country"), broad.fieldsOf("PublicOpinion"));
        assertEquals(Set.of("political", "role", "financial", "party"), broad.fieldsOf("Support"));
        assertTrue(broad.joined().contains("Support.party"));
        assertEquals(Map.of("Support", 3L), broad.counted(), "size >= 3 over the collected Support facts");
    }

    @Test
    void anAccumulatedCountIsComparedWithANumber() {
        FieldReads few = reads("Too few committed backers");
        assertEquals(Map.of("Support", 3L), few.counted());
        assertEquals(Set.of("political"), few.fieldsOf("Support"));
    }

    @Test
    void aTypeMatchedWithoutConstraintsIsStillRead() {
        FieldReads safe = reads("Force can deploy safely");
        assertTrue(safe.fields().containsKey("ThreatAssessment"));
        assertEquals(Set.of("stance", "threatLevel", "escalationRisk"), safe.fieldsOf("ThreatAssessment"));
    }

    @Test
    void literalsOfTextAndNumberFieldsAreKept() {
        FieldReads chair = org.readiness.Readiness.load(java.nio.file.Path.of("src/test/resources/check/votes")).rules().definitions()
                .stream().filter(d -> d.info().name().equals("The chair abstains")).findFirst().orElseThrow().reads();
        assertEquals(Set.of("chair"), chair.literalsOf("Member", "name"));
    }

    @Test
    void aTypeReadOnlyInsideAnAccumulateIsAmongTheRulesFactTypes() {
        RuleDefinition rule = org.readiness.Readiness.load(java.nio.file.Path.of("src/test/resources/check/accumulate")).rules()
                .definitions().stream().filter(d -> d.info().name().equals("Enough yes votes")).findFirst().orElseThrow();
        assertEquals(List.of("Member"), rule.info().factTypes());
        assertEquals(Set.of("vote"), rule.reads().fieldsOf("Member"));
        assertEquals(Map.of("Member", 2L), rule.reads().counted());
    }
}
