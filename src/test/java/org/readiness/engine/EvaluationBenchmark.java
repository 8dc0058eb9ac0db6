package org.readiness.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
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
import org.readiness.rules.RuleSet;

/**
 * What one evaluation of the article's fact set costs, with explanations (the product) and without (a
 * bare Drools session firing the same rules on the same objects): their ratio is the price of
 * explaining. Also the cost of compiling the rule set, which a process pays once. Run with bench/jmh.
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
    private FactBinder binder;

    @Setup
    public void setUp() {
        // without the counterfactual (CounterfactualBenchmark measures it): one evaluation, as before
        readiness = Readiness.load(Path.of("rules"), EvaluationOptions.DEFAULT.withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));
        facts = readiness.readFacts(Path.of("facts/2025-03-coalition-planning.yaml"));
        binder = new FactBinder(readiness.rules().catalog());
    }

    /** The product: bind the facts, fire, record why, build the assessment. */
    @Benchmark
    public Assessment evaluateWithExplanations() {
        return readiness.evaluate(facts);
    }

    /** The floor: the same objects and rules in a bare session, no listener, no findings. */
    @Benchmark
    public int bareDroolsSession() {
        FactBinder.Bound bound = binder.bind(facts.facts());
        KieSession session = readiness.rules().kieBase().newKieSession();
        try {
            bound.objects().forEach(session::insert);
            return session.fireAllRules(10_001);
        } finally {
            session.dispose();
        }
    }

    /** Reading and compiling the whole rule set: paid once per process (or per rule change). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RuleSet compileRules() {
        return RuleSet.load(Path.of("rules"));
    }
}
