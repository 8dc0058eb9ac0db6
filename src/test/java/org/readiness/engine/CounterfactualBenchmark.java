package org.readiness.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readiness.Readiness;
import org.readiness.model.Assessment;
import org.readiness.model.Counterfactual;
import org.readiness.model.FactSet;

/**
 * What the counterfactual of the article's NO-GO costs: the search alone, the whole evaluation with and
 * without it, and one variation evaluated by the lean status-only path against the full evaluation with
 * explanations (the search evaluates dozens of variations). Run with {@code bench/jmh Counterfactual}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CounterfactualBenchmark {

    private Readiness withCounterfactual;
    private Readiness without;
    private Counterfactuals counterfactuals;
    private StatusEvaluator lean;
    private FactSet facts;
    private Assessment assessed;
    private boolean[] weak;

    @Setup
    public void setUp() {
        withCounterfactual = Readiness.load(Path.of("rules"));
        without = withCounterfactual.with(EvaluationOptions.DEFAULT.withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));
        facts = withCounterfactual.readFacts(Path.of("facts/2025-03-coalition-planning.yaml"));
        assessed = without.evaluate(facts);
        counterfactuals = new Counterfactuals(withCounterfactual.rules(), EvaluationOptions.DEFAULT);
        lean = new StatusEvaluator(withCounterfactual.rules(), EvaluationOptions.DEFAULT);
        weak = lean.weakness(facts);
    }

    /** The search alone: 17 edits to 7 facts, proven minimal. */
    @Benchmark
    public Counterfactual articleCounterfactual() {
        return counterfactuals.find(facts, assessed);
    }

    /** What `evaluate` does for a NO-GO: the assessment with its counterfactual. */
    @Benchmark
    public Assessment evaluateWithCounterfactual() {
        return withCounterfactual.evaluate(facts);
    }

    @Benchmark
    public Assessment evaluateWithoutCounterfactual() {
        return without.evaluate(facts);
    }

    /** One evaluation as the search and the sweep make it: statuses and firings only. */
    @Benchmark
    public StatusEvaluator.Outcome leanEvaluation() {
        return lean.evaluate(facts.facts(), weak, facts);
    }
}
