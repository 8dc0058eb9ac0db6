package org.readiness.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.CriterionMove;
import org.readiness.model.FactChange;
import org.readiness.model.FactSet;
import org.readiness.model.FieldChange;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/** Two fact sets compared: facts and sources matched by id, and how each criterion moved. */
class DifferTest {

    static final Path APRIL = Path.of("src/test/resources/diff/2025-04-coalition-planning.yaml");

    private final Readiness readiness = Shipped.readiness();

    @Test
    void twoDatedSnapshotsOfTheArticlesScenario() {
        AssessmentDiff diff = readiness.diff(readiness.readFacts(Shipped.ARTICLE), readiness.readFacts(APRIL));
        assertFalse(diff.verdictChanged());
        assertEquals(List.of("CHANGED Ceasefire", "CHANGED Support[party=US]", "REMOVED PublicOpinion[country=US,topic=humanitarian-aid]",
                "ADDED Support[party=Germany]"), diff.facts().stream().map(f -> f.kind() + " " + f.fact()).toList());
        FactChange ceasefire = diff.facts().get(0);
        assertEquals(List.of(new FieldChange("scope", "energy-infrastructure", "partial"),
                new FieldChange("agreedBy", "one-side", "all-parties"),
                new FieldChange("sources", List.of("kremlin-statement", "article"), List.of("istanbul-talks"))), ceasefire.fields());
        assertEquals(List.of("CHANGED pew-poll [grade]", "ADDED istanbul-talks []"), diff.sources().stream()
                .map(s -> s.kind() + " " + s.source() + " " + s.fields().stream().map(FieldChange::field).toList()).toList());
        CriterionMove support = move(diff, "support");
        assertEquals(Status.NOT_MET, support.from());
        assertEquals(Status.NOT_MET, support.to());
        assertTrue(support.lost().stream().anyMatch(f -> f.rule().name().equals("Too few committed backers")),
                "Germany is the third committed backer");
        assertTrue(support.gained().stream().anyMatch(f -> f.reason().contains("political backing is conditional")));
        assertFalse(move(diff, "mandate").moved());
    }

    @Test
    void twoScenariosWithDifferentVerdicts() {
        AssessmentDiff diff = readiness.diff(readiness.readFacts(Shipped.ARTICLE),
                readiness.readFacts(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")));
        assertTrue(diff.verdictChanged());
        assertEquals(Verdict.NO_GO, diff.from().verdict());
        assertEquals(Verdict.GO, diff.to().verdict());
        assertTrue(diff.criteria().stream().allMatch(m -> m.from() == Status.NOT_MET && m.to() == Status.MET));
        assertTrue(diff.sources().stream().anyMatch(s -> s.kind() == FactChange.Kind.REMOVED && s.source().equals("article")));
    }

    @Test
    void aFactSetComparedWithItselfHasNothingToSay() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        AssessmentDiff diff = readiness.diff(article, article);
        assertTrue(diff.facts().isEmpty());
        assertTrue(diff.sources().isEmpty());
        assertTrue(diff.criteria().stream().noneMatch(CriterionMove::moved));
    }

    @Test
    void anOverrideShowsAsAFieldChangedAndAWhatIfCitation() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        AssessmentDiff diff = readiness.diff(article, readiness.override(article, List.of("Deterrence.backstop=committed")));
        assertEquals(List.of(new FieldChange("backstop", "uncertain", "committed"),
                new FieldChange("sources", List.of("northwood-meeting", "article"), List.of("northwood-meeting", "article", "what-if"))),
                diff.facts().get(0).fields());
        assertEquals("ADDED what-if", diff.sources().get(0).kind() + " " + diff.sources().get(0).source());
    }

    private static CriterionMove move(AssessmentDiff diff, String id) {
        return diff.criteria().stream().filter(m -> m.criterion().id().equals(id)).findFirst().orElseThrow();
    }
}
