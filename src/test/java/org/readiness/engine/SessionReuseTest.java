package org.readiness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import org.readiness.rules.RuleSet;

/**
 * Evaluations reuse Drools sessions from a pool: nothing of one evaluation may reach the next, whatever
 * the order, after a run that looped or ran out of time, and from several threads at once; and a pool
 * must not keep sessions alive through the knowledge base.
 */
class SessionReuseTest {

    static final Path BAD = Path.of("src/test/resources/bad-input");

    @Test
    void anEvaluationDependsOnlyOnItsFactsNotOnWhatWasEvaluatedBefore() {
        Map<FactSet, String> expected = freshAssessments();
        List<FactSet> order = new ArrayList<>(expected.keySet());
        Readiness reused = Readiness.of(Shipped.readiness().rules(), EvaluationOptions.DEFAULT.withClock(Shipped.CLOCK));
        Random random = new Random(7);
        for (int round = 0; round < 4; round++) {
            Collections.shuffle(order, random);
            for (FactSet facts : order) {
                assertEquals(expected.get(facts), json(reused, facts), facts.origin() + " after " + order.stream().map(FactSet::origin).toList());
            }
        }
    }

    @Test
    void aSessionThatLoopedOrTimedOutIsCleanWhenReused() {
        RuleSet loop = RuleSet.load(BAD.resolve("rules/loop"));
        // Without the counterfactual: its search would add the very Ceasefire that sets the rule looping.
        EvaluationOptions options = EvaluationOptions.DEFAULT.withCounterfactual(CounterfactualOptions.DEFAULT.disabled());
        Readiness looping = Readiness.of(loop, options.withLimits(200, Duration.ofSeconds(5)));
        FactSet triggers = looping.readFacts(BAD.resolve("facts/valid-ceasefire.yaml"));
        FactSet quiet = looping.parseFacts("scenario: Nothing\nasOf: 2025-03-21\nfacts: []\n",
                org.readiness.document.Format.YAML, "quiet");
        String clean = json(Readiness.of(loop, options.withClock(Shipped.CLOCK)), quiet);
        for (int i = 0; i < 3; i++) {
            ProblemException e = assertThrows(ProblemException.class, () -> looping.evaluate(triggers));
            assertEquals(ProblemCode.RULES_LOOP, e.problems().get(0).code());
            assertEquals(clean, json(looping.with(options.withClock(Shipped.CLOCK)), quiet));
            assertEquals(0, looping.evaluate(quiet).provenance().rulesFired(), "the looping facts are gone");
        }

        RuleSet slow = RuleSet.load(BAD.resolve("rules/slow-loop"));
        Readiness dawdling = Readiness.of(slow, options.withLimits(10_000, Duration.ofMillis(100)));
        for (int i = 0; i < 2; i++) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> dawdling.evaluate(dawdling.readFacts(BAD.resolve("facts/valid-ceasefire.yaml"))));
            assertEquals(ProblemCode.RULES_TIMEOUT, e.problems().get(0).code(), "halted, then halted again: not stuck halted");
            assertEquals(0, dawdling.evaluate(quiet).provenance().rulesFired());
        }
    }

    @Test
    void threadsSharingAnEvaluatorEachGetTheirOwnAnswer() throws Exception {
        Map<FactSet, String> expected = freshAssessments();
        List<FactSet> factSets = new ArrayList<>(expected.keySet());
        Readiness shared = Readiness.of(Shipped.readiness().rules(), EvaluationOptions.DEFAULT.withClock(Shipped.CLOCK));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 60; i++) {
                        FactSet facts = factSets.get((i + offset) % factSets.size());
                        assertEquals(expected.get(facts), json(shared, facts), facts.origin());
                    }
                    return 60;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(60, f.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void pooledSessionsAreNotKeptAliveByTheKnowledgeBase() {
        RuleSet rules = Shipped.readiness().rules();
        for (int i = 0; i < 5; i++) {
            Readiness.of(rules, EvaluationOptions.DEFAULT).evaluate(Shipped.ARTICLE);
        }
        assertTrue(rules.kieBase().getKieSessions().isEmpty(),
                "the knowledge base holds no session, so a discarded evaluator's pool is garbage: " + rules.kieBase().getKieSessions());
    }

    /** Each shipped fact set's assessment by an evaluator that has evaluated nothing else. */
    private static Map<FactSet, String> freshAssessments() {
        Map<FactSet, String> expected = new LinkedHashMap<>();
        for (FactSet facts : Shipped.certainFactSets()) {
            expected.put(facts, json(Readiness.of(Shipped.readiness().rules(), EvaluationOptions.DEFAULT.withClock(Shipped.CLOCK)), facts));
        }
        return expected;
    }

    private static String json(Readiness readiness, FactSet facts) {
        return OutputFormat.JSON.renderer(RenderOptions.PLAIN).render(List.of(readiness.evaluate(facts)));
    }
}
