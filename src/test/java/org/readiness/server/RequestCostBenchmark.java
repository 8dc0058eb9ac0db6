package org.readiness.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.readiness.document.Format;
import org.readiness.model.Assessment;
import org.readiness.model.FactSet;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import org.readiness.report.Renderer;

/**
 * Where the CPU of one {@code POST /v1/assessments} with the article's fact set goes, outside Jetty:
 * reading the YAML body (and, for comparison, only tokenising it), evaluating it (a NO-GO, so with its
 * counterfactual) and rendering the JSON answer as UTF-8 bytes (and, for comparison, as a string then
 * encoded), each on its own, and the three as the endpoint does them. Run with
 * {@code bench/jmh RequestCost}; bench/serve-load measures the whole service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RequestCostBenchmark {

    private static final YAMLFactory YAML = new YAMLFactory();

    private Readiness readiness;
    private byte[] body;
    private FactSet facts;
    private Assessment assessment;
    private Renderer json;

    @Setup
    public void setUp() throws IOException {
        readiness = Readiness.load(Path.of("rules"));
        body = Files.readAllBytes(Path.of("facts/2025-03-coalition-planning.yaml"));
        facts = readiness.parseFacts(body, Format.YAML, AssessmentsEndpoint.ORIGIN);
        assessment = readiness.evaluate(facts);
        json = OutputFormat.JSON.renderer(RenderOptions.PLAIN);
    }

    @Benchmark
    public FactSet readYamlBody() {
        return readiness.parseFacts(body, Format.YAML, AssessmentsEndpoint.ORIGIN);
    }

    /** Jackson's YAML parser (SnakeYAML underneath) reading the body's tokens, and nothing else: the floor of reading it. */
    @Benchmark
    public int tokeniseYaml() throws IOException {
        int tokens = 0;
        try (JsonParser parser = YAML.createParser(body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    public Assessment evaluate() {
        return readiness.evaluate(facts);
    }

    /** The answer as the service writes it: JSON straight to UTF-8 bytes. */
    @Benchmark
    public byte[] renderUtf8() {
        return json.renderUtf8(List.of(assessment));
    }

    /** For comparison, the way the service wrote it before, and the command line still does: a string, then its bytes. */
    @Benchmark
    public byte[] renderStringThenEncode() {
        return json.render(List.of(assessment)).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] wholeRequest() {
        FactSet read = readiness.parseFacts(body, Format.YAML, AssessmentsEndpoint.ORIGIN);
        return json.renderUtf8(List.of(readiness.evaluate(read)));
    }
}
