package org.readiness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.Counterfactual;
import org.readiness.model.CriterionEdits;
import org.readiness.model.CriterionResult;
import org.readiness.model.FactEdit;
import org.readiness.model.FactSet;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/**
 * The counterfactual of a NO-GO (design §5): the fewest fact edits that give GO, checked against the
 * full evaluation of the edits replayed as overrides, and against brute force for minimality.
 */
class CounterfactualTest {

    private final Readiness readiness = Shipped.readiness();
    private final Readiness plain = readiness.with(readiness.options().withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));

    @Test
    void theArticlesAnswerIsWhatAReaderOfTheArticleWouldSay() {
        Counterfactual c = readiness.evaluate(Shipped.ARTICLE).counterfactual();
        assertTrue(c.found());
        assertTrue(c.search().complete(), "proven minimal");
        assertEquals(17, c.edits().size());
        assertEquals(7, c.factCount());
        assertEquals(List.of(
                // a comprehensive ceasefire, agreed by all parties, holding, without unacceptable conditions
                "Ceasefire.scope=comprehensive", "Ceasefire.agreedBy=all-parties", "Ceasefire.state=holding",
                "Ceasefire.conditions=acceptable",
                // committed U.S. backing, Italy no longer holding back, U.S. opinion no longer against troops
                "Support[party=US].political=committed", "Support[party=US].financial=conditional",
                "Support[party=Italy].political=conditional", "PublicOpinion[country=US,topic=troop-deployment].level=divided",
                // a clear, achievable mandate understood by all parties
                "Mandate.status=agreed", "Mandate.achievable=true", "Mandate.understoodBy=all-parties",
                // Russia tolerates the force, and the threat and the risk of escalation are at most moderate
                "ThreatAssessment[actor=Russia].stance=tolerates", "ThreatAssessment[actor=Russia].threatLevel=low",
                "ThreatAssessment[actor=Russia].escalationRisk=moderate",
                // a committed U.S. backstop, a force ready to deploy, sufficient capability
                "Deterrence.backstop=committed", "Deterrence.forceReadiness=ready", "Deterrence.capability=sufficient"),
                c.overrides());
        assertEquals(List.of("ceasefire", "support", "mandate", "force-safety", "deterrence"),
                c.groups().stream().flatMap(g -> g.criteria().stream()).toList());
        assertEquals(List.of(4, 4, 3, 3, 3), c.criteria().stream().map(e -> e.edits().size()).toList());
    }

    static Stream<Path> noGoFactSets() {
        return Stream.of("2025-03-coalition-planning.yaml", "scenario-us-support-withdrawn.yaml", "scenario-missing-evidence.json",
                "scenario-stale-evidence.yaml", "scenario-weak-sources.yaml").map(Shipped.FACTS::resolve);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noGoFactSets")
    void replayedAsOverridesTheEditsGiveWhatTheySay(Path file) {
        FactSet facts = readiness.readFacts(file);
        Counterfactual c = readiness.evaluate(facts).counterfactual();
        Assessment replayed = plain.evaluate(readiness.override(facts, c.overrides()));
        assertEquals(c.found() ? Verdict.GO : Verdict.NO_GO, replayed.verdict(), c.overrides().toString());
        assertEquals(c.stillBlocking(), Stream.concat(replayed.notMet().stream(), replayed.unknown().stream())
                .sorted(Comparator.comparingInt(id -> readiness.criteria().stream().map(x -> x.id()).toList().indexOf(id))).toList());
        for (CriterionEdits alone : c.criteria()) {
            if (alone.found()) {
                List<String> overrides = alone.edits().stream().map(FactEdit::override).filter(o -> o != null).toList();
                assertEquals(Status.MET, status(plain.evaluate(readiness.override(facts, overrides)), alone.criterion()),
                        alone.criterion() + " with " + overrides);
            }
        }
    }

    @Test
    void noSmallerSetOfEditsMakesTheCeasefireMandateOrSupportMet() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        assertNoneMet(article, "ceasefire", List.of(
                slot(article, "Ceasefire", "scope", "none", "energy-infrastructure", "partial", "comprehensive"),
                slot(article, "Ceasefire", "agreedBy", "none", "one-side", "all-parties"),
                slot(article, "Ceasefire", "state", "proposed", "holding", "violated", "collapsed"),
                slot(article, "Ceasefire", "conditions", "none", "acceptable", "unacceptable")), 3);
        assertNoneMet(article, "mandate", List.of(
                slot(article, "Mandate", "status", "not-started", "being-defined", "agreed"),
                slot(article, "Mandate", "achievable", "true", "false"),
                slot(article, "Mandate", "understoodBy", "none", "coalition-only", "all-parties"),
                slot(article, "Mandate", "objectives", "undefined", "broad", "clear")), 2);
        String[] backing = {"committed", "conditional", "hesitant", "uncertain", "opposed"};
        assertNoneMet(article, "support", List.of(
                slot(article, "Support[party=US]", "political", backing),
                slot(article, "Support[party=US]", "financial", backing),
                slot(article, "Support[party=UK]", "political", backing),
                slot(article, "Support[party=France]", "political", backing),
                slot(article, "Support[party=Italy]", "political", backing),
                slot(article, "Support[party=Italy]", "financial", backing),
                slot(article, "PublicOpinion[country=US,topic=troop-deployment]", "level",
                        "strong-support", "majority-support", "divided", "low", "opposed")), 3);
    }

    @Test
    void oneEditStandsForAllTheValuesEveryRuleTestsAlike() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        StatusEvaluator lean = new StatusEvaluator(readiness.rules(), readiness.options());
        EditSpace space = new EditSpace(article, readiness.rules().catalog(), lean.weakness(article), lean.fieldChoices());
        assertEquals(List.of("committed", "conditional"), offered(space, article, "Support[party=US]", "political"),
                "hesitant and opposed are what uncertain is to every rule");
        assertEquals(List.of("none", "comprehensive"), offered(space, article, "Ceasefire", "scope"),
                "partial is what energy-infrastructure is to every rule");
        assertEquals(List.of(), offered(space, article, "Support[party=US]", "role"), "role is @fixed");
    }

    private static List<Object> offered(EditSpace space, FactSet facts, String fact, String field) {
        int index = facts.facts().stream().map(f -> f.id()).toList().indexOf(fact);
        List<Object> values = new ArrayList<>();
        for (int slot : space.slotsOf(index)) {
            if (space.slot(slot).field().name().equals(field)) {
                for (int edit : space.editsOf(slot)) {
                    values.add(space.slot(slot).values().get(space.edit(edit).value()));
                }
            }
        }
        return values;
    }

    @Test
    void missingEvidenceThatEditsCannotSupplyIsSaidSoWithTheClosestAnswer() {
        Counterfactual c = readiness.evaluate(Shipped.FACTS.resolve("scenario-missing-evidence.json")).counterfactual();
        assertFalse(c.found());
        assertTrue(c.search().complete());
        assertEquals(List.of("force-safety"), c.stillBlocking(), "the closest: deterrence fixed, force safety left");
        assertEquals(List.of("ADD Deterrence", "SET Deterrence.backstop", "SET Deterrence.forceReadiness", "SET Deterrence.capability"),
                c.edits().stream().map(e -> e.kind() + " " + e.fact() + (e.field() == null ? "" : "." + e.field())).toList());
        CriterionEdits safety = c.criteria().stream().filter(e -> e.criterion().equals("force-safety")).findFirst().orElseThrow();
        assertFalse(safety.found());
        assertTrue(safety.note().contains("ThreatAssessment") && safety.note().contains("actor"), safety.note());
    }

    @Test
    void staleOrWeakEvidenceIsConfirmedRatherThanRewritten() {
        Counterfactual stale = readiness.evaluate(Shipped.FACTS.resolve("scenario-stale-evidence.yaml")).counterfactual();
        assertEquals(List.of("CONFIRM Ceasefire", "CONFIRM Mandate"),
                stale.edits().stream().map(e -> e.kind() + " " + e.fact()).toList());
        Counterfactual weak = readiness.evaluate(Shipped.FACTS.resolve("scenario-weak-sources.yaml")).counterfactual();
        assertTrue(weak.found());
        assertTrue(weak.edits().stream().allMatch(e -> e.kind() == FactEdit.Kind.CONFIRM), weak.edits().toString());
    }

    @Test
    void withinATighterEditBoundTheClosestLeavesTheFewestBlockingCriteria() {
        Readiness bounded = readiness.with(readiness.options().withCounterfactual(
                CounterfactualOptions.DEFAULT.withBounds(10, 50_000, Duration.ofSeconds(10))));
        Counterfactual c = bounded.evaluate(Shipped.ARTICLE).counterfactual();
        assertFalse(c.found());
        assertTrue(c.search().complete());
        assertEquals(List.of("ceasefire", "support"), c.stillBlocking(),
                "three of the five with 9 edits (mandate, force safety, deterrence) beats three with 10");
        assertEquals(9, c.edits().size());
        assertEquals(c, Readiness.of(readiness.rules(), bounded.options()).evaluate(Shipped.ARTICLE).counterfactual(),
                "narrowing the bounds with with(), which shares the prepared search, answers as a fresh evaluator does");
    }

    @Test
    void theSameFactsGiveTheSameAnswerAndTheSameWork() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        Counterfactuals search = new Counterfactuals(readiness.rules(), readiness.options());
        Assessment assessed = plain.evaluate(article);
        assertEquals(search.find(article, assessed), search.find(article, assessed));
    }

    @Test
    void aBoundThatCutsTheSearchShortSaysSo() {
        FactSet article = readiness.readFacts(Shipped.ARTICLE);
        Counterfactual timed = new Counterfactuals(readiness.rules(), readiness.options().withCounterfactual(
                CounterfactualOptions.DEFAULT.withBounds(24, 50_000, Duration.ofNanos(1)))).find(article, plain.evaluate(article));
        assertFalse(timed.search().complete());
        assertEquals("time", timed.search().stoppedBy());
        Counterfactual cut = new Counterfactuals(readiness.rules(), readiness.options().withCounterfactual(
                CounterfactualOptions.DEFAULT.withBounds(24, 2, Duration.ofSeconds(10)))).find(article, plain.evaluate(article));
        assertFalse(cut.found());
        assertEquals("variations", cut.search().stoppedBy());
    }

    @Test
    void aGoHasNoCounterfactualAndItCanBeTurnedOff() {
        assertNull(readiness.evaluate(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")).counterfactual());
        assertNull(plain.evaluate(Shipped.ARTICLE).counterfactual());
    }

    @Test
    void criteriaThatShareFactTypesAreSearchedTogether(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(Shipped.RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path criteria = rules.resolve("criteria.yaml");
        Files.writeString(criteria, Files.readString(criteria).replace("  - id: unity\n", "  - id: unity\n    blocking: true\n"));
        Readiness strict = Readiness.load(rules, readiness.options());
        FactSet article = strict.readFacts(Shipped.ARTICLE);
        Counterfactual c = strict.evaluate(article).counterfactual();
        assertTrue(c.found());
        assertTrue(c.groups().stream().anyMatch(g -> g.criteria().equals(List.of("support", "unity"))), c.groups().toString());
        assertEquals(Verdict.GO, strict.with(strict.options().withCounterfactual(CounterfactualOptions.DEFAULT.disabled()))
                .evaluate(strict.override(article, c.overrides())).verdict());
    }

    /**
     * Every set of at most {@code size} edits of these slots, applied as overrides: none makes the criterion
     * MET. Statuses come from the lean evaluation, which {@link StatusEvaluatorTest} holds to the full one.
     */
    private void assertNoneMet(FactSet facts, String criterion, List<List<String>> slots, int size) {
        StatusEvaluator lean = new StatusEvaluator(readiness.rules(), readiness.options());
        int index = readiness.criteria().stream().map(c -> c.id()).toList().indexOf(criterion);
        List<List<String>> sets = new ArrayList<>();
        combine(slots, 0, size, new ArrayList<>(), sets);
        for (List<String> overrides : sets) {
            FactSet edited = readiness.override(facts, overrides);
            Status status = lean.evaluate(edited.facts(), lean.weakness(edited), edited).status(index);
            assertTrue(status != Status.MET, criterion + " MET with only " + overrides);
        }
        assertTrue(sets.size() > 10);
    }

    private static void combine(List<List<String>> slots, int from, int left, List<String> chosen, List<List<String>> out) {
        if (!chosen.isEmpty()) {
            out.add(List.copyOf(chosen));
        }
        if (left == 0) {
            return;
        }
        for (int s = from; s < slots.size(); s++) {
            for (String override : slots.get(s)) {
                chosen.add(override);
                combine(slots, s + 1, left - 1, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    /** The overrides that set a fact's field to each of these values but the one it has. */
    private static List<String> slot(FactSet facts, String fact, String field, String... values) {
        Object current = facts.facts().stream().filter(f -> f.id().equals(fact)).findFirst().orElseThrow().fields().get(field);
        return Stream.of(values).filter(v -> !v.equals(String.valueOf(current))).map(v -> fact + "." + field + "=" + v).toList();
    }

    private static Status status(Assessment a, String criterion) {
        return a.criteria().stream().filter(c -> c.id().equals(criterion)).map(CriterionResult::status).findFirst().orElseThrow();
    }
}
