package org.readiness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.Credibility;
import org.readiness.model.CriterionResult;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Finding;
import org.readiness.model.Reliability;
import org.readiness.model.Status;

/** Design §2: a MET needs good evidence; evidence against is never discarded. */
class EvidenceQualityTest {

    private static final Path DIR = Path.of("src/test/resources/evidence");

    @Test
    void aFactCitingNoSourceCannotMakeACriterionMet() {
        CriterionResult ceasefire = ceasefire(Shipped.readiness(), "uncited-fact.yaml");
        assertEquals(Status.UNKNOWN, ceasefire.status());
        assertTrue(ceasefire.summary().contains("Ceasefire cites no source"), ceasefire.summary());
        assertTrue(ceasefire.findings().get(0).weak());
        assertTrue(ceasefire.changes().get(0).action().startsWith("Corroborate or update the evidence"));
    }

    @Test
    void staleEvidenceAgainstACriterionStillCounts() {
        CriterionResult ceasefire = ceasefire(Shipped.readiness(), "stale-evidence-against.yaml");
        assertEquals(Status.NOT_MET, ceasefire.status());
        Finding collapsed = ceasefire.findings().get(0);
        assertTrue(collapsed.weak(), "the finding is marked weak but kept");
        assertTrue(collapsed.warnings().get(0).contains("457 days before 2025-09-01"), collapsed.warnings().toString());
    }

    @Test
    void theEvidencePolicyDecidesWhatIsStaleOrPoorlySourced() {
        assertEquals(Status.UNKNOWN, ceasefire(Shipped.readiness(), "graded-ceasefire.yaml").status(),
                "100 days old against the rule set's limit of 90");
        Readiness lenient = Shipped.readiness().with(EvaluationOptions.DEFAULT.withEvidencePolicy(
                new EvidencePolicy(120, Reliability.D, Credibility.DOUBTFUL)));
        assertEquals(Status.MET, ceasefire(lenient, "graded-ceasefire.yaml").status());
        Readiness strict = Shipped.readiness().with(EvaluationOptions.DEFAULT.withEvidencePolicy(
                new EvidencePolicy(120, Reliability.B, Credibility.PROBABLY_TRUE)));
        CriterionResult strictResult = ceasefire(strict, "graded-ceasefire.yaml");
        assertEquals(Status.UNKNOWN, strictResult.status());
        assertTrue(strictResult.summary().contains("rests only on sources graded below B2: wire (C3)"), strictResult.summary());
    }

    @Test
    void criteriaWithoutAnyFactSayWhichEvidenceIsMissing() {
        Assessment assessment = Shipped.readiness().evaluate(DIR.resolve("uncited-fact.yaml"));
        CriterionResult safety = assessment.criteria().stream().filter(c -> c.id().equals("force-safety")).findFirst().orElseThrow();
        assertEquals(Status.UNKNOWN, safety.status());
        assertEquals("No evidence: the fact set has no ThreatAssessment fact", safety.summary());
        assertEquals(List.of("ceasefire", "support", "mandate", "force-safety", "deterrence"), assessment.unknown());
        assertFalse(assessment.unknown().isEmpty());
    }

    private static CriterionResult ceasefire(Readiness readiness, String file) {
        return readiness.evaluate(DIR.resolve(file)).criteria().get(0);
    }
}
