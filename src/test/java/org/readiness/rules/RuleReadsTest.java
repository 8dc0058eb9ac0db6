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
 * What the rules read, as the counterfactual search relies on it: a field a rule reads but the analysis
 * misses would hide answers, so the shipped rules' reads are pinned, and every way of testing an enum
 * other than membership in constants makes the field opaque.
 */
class RuleReadsTest {

    private final RuleSet shipped = Shipped.readiness().rules();

    @Test
    void theShippedRulesReadWhatTheirConditionsSay() {
        assertReads("Ceasefire limited in scope", true, Map.of("Ceasefire", Set.of("scope")));
        assertReads("Low public support for sending troops", true,
                Map.of("PublicOpinion", Set.of("topic", "level", "country"), "Support", Set.of("party", "role")));
        assertReads("Too few committed backers", false, Map.of("Support", Set.of("political")));
        assertReads("Force can deploy safely", false, Map.of("ThreatAssessment", Set.of("stance", "threatLevel", "escalationRisk")));
        assertReads("Unified front", false, Map.of("CoalitionUnity", Set.of("cohesion"), "Support", Set.of("role", "troops")));
        RuleReads.EnumTests scope = reads(shipped, "Ceasefire limited in scope").tests().get("Ceasefire.scope");
        assertEquals(List.of(Set.of("ENERGY_INFRASTRUCTURE", "PARTIAL")), scope.sets());
        assertFalse(scope.opaque());
    }

    @Test
    void everyShippedRuleReadsAFactTypeAndEveryPositiveOneAField() {
        for (RuleDefinition rule : shipped.definitions()) {
            assertFalse(rule.searchReads().types().isEmpty(), rule.info().name() + " reads no fact type");
            rule.searchReads().fields().forEach((type, fields) -> assertTrue(
                    !fields.isEmpty() || !rule.searchReads().positive(), rule.info().name() + " reads no field of " + type));
        }
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
        RuleReads two = reads(set, "Two tests in one constraint");
        assertEquals(List.of(Set.of("VIOLATED")), two.tests().get("Ceasefire.state").sets());
        assertEquals(List.of(Set.of("NONE", "ONE_SIDE")), two.tests().get("Ceasefire.agreedBy").sets());
        assertFalse(two.tests().get("Ceasefire.state").opaque());
        assertTrue(reads(set, "Compared with another fact").tests().get("Deterrence.backstop").opaque());
    }

    private void assertReads(String rule, boolean positive, Map<String, Set<String>> fields) {
        RuleReads reads = reads(shipped, rule);
        assertEquals(positive, reads.positive(), rule);
        assertEquals(fields, reads.fields(), rule);
    }

    private static RuleReads reads(RuleSet set, String rule) {
        return set.definitions().stream().filter(d -> d.info().name().equals(rule)).findFirst().orElseThrow().searchReads();
    }
}
