package org.readiness.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.readiness.model.FactSet;
import org.readiness.model.ProblemException;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;

/**
 * What one evaluation of the article's fact set costs, with explanations (the product) and without (a
 * bare Drools session firing the same rules on the same objects, fresh or pooled as evaluations pool
 * theirs): the ratios are the price of explaining. Also the cost of compiling the rule set, which a process pays once per rule change, of
 * loading it from the rule cache instead, and of compiling it with a syntax error, as a server reloading a
 * broken save does. Run with bench/jmh (bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class EvaluationBenchmark {

    private Readiness readiness;
    private FactSet facts;
    private BareSessions bare;
    private RuleCache cache;
    private Path broken;

    @Setup
    public void setUp() throws IOException {
        // without the counterfactual (CounterfactualBenchmark measures it): one evaluation, as before
        readiness = Readiness.load(Path.of("rules"), EvaluationOptions.DEFAULT.withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));
        facts = readiness.readFacts(Path.of("facts/2025-03-coalition-planning.yaml"));
        bare = new BareSessions(readiness.rules());
        cache = RuleCache.at(Files.createTempDirectory("readiness-bench-cache"));
        RuleSet.load(Path.of("rules"), cache);
        broken = Files.createTempDirectory("readiness-bench-broken");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, broken.resolve(file.getFileName()));
            }
        }
        // the edit bench/serve-load makes every few seconds
        Path ceasefire = broken.resolve("ceasefire.drl");
        Files.writeString(ceasefire, Files.readString(ceasefire).replaceFirst("(?m)^when$", "whenn"));
    }

    /** The product: bind the facts, fire, record why, build the assessment. */
    @Benchmark
    public Assessment evaluateWithExplanations() {
        return readiness.evaluate(facts);
    }

    /** The floor: the same objects and rules in a fresh bare session, no listener, no findings. */
    @Benchmark
    public int bareDroolsSession() {
        return bare.fresh(facts);
    }

    /** The same floor with sessions from a pool, as evaluations take them: the price of explaining alone. */
    @Benchmark
    public int bareDroolsPooledSession() {
        return bare.pooled(facts);
    }

    /** Reading and compiling the whole rule set: paid once per rule change. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet compileRules() {
        return RuleSet.load(Path.of("rules"));
    }

    /** Reading the rule files, hashing them and loading the compiled rules from the cache: paid by every other run. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet loadRulesFromCache() {
        return RuleSet.load(Path.of("rules"), cache);
    }

    /** A rule set with a syntax error in one file: what a server's reload of a broken save costs. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int compileBrokenRules() {
        try {
            RuleSet.load(broken, cache);
            throw new IllegalStateException("the broken rules compiled");
        } catch (ProblemException e) {
            return e.problems().size();
        }
    }
}
