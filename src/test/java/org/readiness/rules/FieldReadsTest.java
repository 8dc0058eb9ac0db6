package org.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;

/**
 * What each rule reads, as the parsed conditions say: fields named in constraints, reached through
 * bound facts or bound to variables; the values they are compared with; joins; counts; and, for the
 * counterfactual search, whether a rule is positive and how it tests enum fields. A field a rule reads but
 * the reading misses would hide answers from the search and gaps from the analysis, so the shipped rules'
 * reads are pinned, and every way of testing an enum other than membership in constants makes it opaque.
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

    @Test
    void positiveRulesAreBarePatterns() {
        assertTrue(reads("Ceasefire limited in scope").positive());
        assertTrue(reads("Low public support for sending troops").positive(), "a join is still a pattern on facts");
        assertFalse(reads("Too few committed backers").positive(), "an accumulate");
        assertFalse(reads("Force can deploy safely").positive(), "a not");
        assertFalse(reads("Unified front").positive());
        assertEquals(Map.of("CoalitionUnity", Set.of("cohesion"), "Support", Set.of("role", "troops")), reads("Unified front").fields());
    }

    @Test
    void everyShippedRuleReadsAFactTypeAndEveryPositiveOneAField() {
        for (RuleDefinition rule : Shipped.readiness().rules().definitions()) {
            assertFalse(rule.reads().types().isEmpty(), rule.info().name() + " reads no fact type");
            rule.reads().fields().forEach((type, fields) -> assertTrue(
                    !fields.isEmpty() || !rule.reads().positive(), rule.info().name() + " reads no field of " + type));
        }
    }

    @Test
    void inAndNotInAreOneMembershipTestEach() {
        FieldReads.EnumTests scope = reads("Ceasefire limited in scope").tests().get("Ceasefire.scope");
        assertEquals(List.of(Set.of("ENERGY_INFRASTRUCTURE", "PARTIAL")), scope.sets());
        assertFalse(scope.opaque());
        FieldReads.EnumTests financial = reads("Broad political and financial backing").tests().get("Support.financial");
        assertEquals(List.of(Set.of("COMMITTED", "CONDITIONAL")), financial.sets(), "not in (COMMITTED, CONDITIONAL)");
    }

    @Test
    void onlyMembershipInConstantsKeepsAnEnumFieldTransparent(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Shipped.RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("src/test/resources/reads/tests.drl"), rules.resolve("tests.drl"));
        RuleSet set = RuleSet.load(rules);
        assertTrue(reads(set, "Ordered comparison").tests().get("Ceasefire.scope").opaque());
        FieldReads two = reads(set, "Two tests in one constraint");
        assertEquals(List.of(Set.of("VIOLATED")), two.tests().get("Ceasefire.state").sets());
        assertEquals(List.of(Set.of("NONE", "ONE_SIDE")), two.tests().get("Ceasefire.agreedBy").sets());
        assertFalse(two.tests().get("Ceasefire.state").opaque());
        assertTrue(reads(set, "Compared with another fact").tests().get("Deterrence.backstop").opaque());
    }

    private static FieldReads reads(RuleSet set, String rule) {
        return set.definitions().stream().filter(d -> d.info().name().equals(rule)).findFirst().orElseThrow().reads();
    }
}
