package org.readiness.engine;

import java.nio.file.Path;
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
import org.readiness.model.FactSet;
import org.readiness.model.SweepResult;

/**
 * Sweep throughput: one Monte Carlo sweep of {@value #SAMPLES} cases of the shipped uncertain scenario,
 * on 1 and on 2 threads. Assessments per second = {@value #SAMPLES} / the time per sweep; per core,
 * divide by the threads. Run with {@code bench/jmh Sweep}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SweepBenchmark {

    static final int SAMPLES = 4096;

    @Param({"1", "2"})
    public int threads;

    private Readiness readiness;
    private FactSet facts;

    @Setup
    public void setUp() {
        readiness = Readiness.load(Path.of("rules"));
        facts = readiness.readFacts(Path.of("facts/scenario-uncertain-backing.yaml"));
    }

    @Benchmark
    public SweepResult sweep() {
        return readiness.sweep(facts, new SweepOptions(SAMPLES, 0, threads));
    }
}
