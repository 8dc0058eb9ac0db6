package org.readiness.engine;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readiness.Readiness;
import org.readiness.bench.ScaledInputs;
import org.readiness.model.Assessment;
import org.readiness.model.FactSet;
import org.readiness.rules.RuleSet;

/**
 * How the cost of an evaluation grows with the rule set (40 × {@code rules} generated rules) and the fact
 * set (14 × {@code facts} facts), see {@link ScaledInputs}, with the bare Drools session beside it to
 * show which part of the growth is the engine's. Run by bench/scale, which also measures compilation and
 * memory in a fresh JVM per size ({@link org.readiness.bench.ScaleReport}) and plots the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class ScaleBenchmark {

    @Param({"1", "10", "100", "1000"})
    public int rules;

    @Param({"1", "10", "100"})
    public int facts;

    private Readiness readiness;
    private FactSet factSet;
    private BareSessions bare;

    @Setup
    public void setUp() {
        // Large rule sets on large fact sets fire far more often than the shipped ones: no firing limit.
        EvaluationOptions options = EvaluationOptions.DEFAULT.withLimits(Integer.MAX_VALUE - 1, Duration.ofMinutes(10));
        RuleSet ruleSet = RuleSet.load(ScaledInputs.rules(rules));
        readiness = Readiness.of(ruleSet, options);
        factSet = readiness.readFacts(ScaledInputs.facts(facts));
        bare = new BareSessions(ruleSet);
    }

    @Benchmark
    public Assessment evaluate() {
        return readiness.evaluate(factSet);
    }

    /** The same rules firing on the same facts in a pooled session, with no listener and no findings. */
    @Benchmark
    public int bareSession() {
        return bare.pooled(factSet);
    }
}
