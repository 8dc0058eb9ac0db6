package org.readiness.report;

import java.nio.file.Path;
import java.util.List;
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
import org.readiness.model.AssessmentDiff;

/**
 * What rendering the article's assessment costs in each format. {@code first*}: the first render in a
 * fresh JVM (one fork each), class loading and template-engine start-up included: what a one-shot
 * {@code readiness evaluate} pays on top of evaluating, and so what a briefing adds to a cold run.
 * {@code warm*}: a render once the JVM is warm, as in a long-running service; {@code warmDiff*}: the same
 * for the diff of the article and its April snapshot. Run with
 * {@code bench/jmh BriefingBenchmark}.
 */
@State(Scope.Benchmark)
public class BriefingBenchmark {

    private List<Assessment> article;
    private AssessmentDiff april;

    @Setup
    public void setUp() {
        Readiness readiness = Readiness.load(Path.of("rules"));
        article = List.of(readiness.evaluate(Path.of("facts/2025-03-coalition-planning.yaml")));
        april = readiness.diff(readiness.readFacts(Path.of("facts/2025-03-coalition-planning.yaml")),
                readiness.readFacts(Path.of("src/test/resources/diff/2025-04-coalition-planning.yaml")));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 15, jvmArgsAppend = "-Xmx1g")
    public String firstText() {
        return render(OutputFormat.TEXT);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 15, jvmArgsAppend = "-Xmx1g")
    public String firstHtml() {
        return render(OutputFormat.HTML);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 15, jvmArgsAppend = "-Xmx1g")
    public String firstMarkdown() {
        return render(OutputFormat.MARKDOWN);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmText() {
        return render(OutputFormat.TEXT);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmHtml() {
        return render(OutputFormat.HTML);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmMarkdown() {
        return render(OutputFormat.MARKDOWN);
    }

    /** The diff of the article and its April snapshot, as text, to compare the briefings with. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmDiffText() {
        return OutputFormat.TEXT.renderer(RenderOptions.PLAIN).render(april);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmDiffHtml() {
        return OutputFormat.HTML.renderer(RenderOptions.PLAIN).render(april);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
    public String warmDiffMarkdown() {
        return OutputFormat.MARKDOWN.renderer(RenderOptions.PLAIN).render(april);
    }

    private String render(OutputFormat format) {
        return format.renderer(RenderOptions.PLAIN).render(article);
    }
}
