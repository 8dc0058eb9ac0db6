package org.readiness.cli.daemon;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.Map;
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
import org.readiness.cli.Cli;
import org.readiness.cli.Terminal;
import org.readiness.rules.RuleMemory;

/**
 * What the background process spends on one {@code readiness evaluate facts/2025-03-coalition-planning.yaml}
 * once warm, outside the sockets and the client's JVM (bench/cli-timing has those): the rule set
 * remembered from the last command (what it does while the rules are unchanged); loaded from the rule
 * cache as a fresh rule base (what it would do without remembering); compiled (--no-cache, or a rule
 * edit). Run with bench/jmh CommandBenchmark (bench/README.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CommandBenchmark {

    private static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";

    private Terminal terminal;
    private RuleMemory memory;

    @Setup
    public void setUp() throws IOException {
        terminal = new Terminal(Map.of("READINESS_CACHE_DIR", Files.createTempDirectory("readiness-bench-cache").toString()), false);
        memory = new RuleMemory();
        if (run(memory, "evaluate", ARTICLE) != 1) {
            throw new IllegalStateException("the article's facts should be NO-GO");
        }
    }

    @Benchmark
    public int rulesRemembered() {
        return run(memory, "evaluate", ARTICLE);
    }

    @Benchmark
    public int rulesFromTheCache() {
        return run(null, "evaluate", ARTICLE);
    }

    @Benchmark
    public int rulesCompiled() {
        return run(null, "evaluate", "--no-cache", ARTICLE);
    }

    private int run(RuleMemory rules, String... args) {
        StringWriter out = new StringWriter();
        return new Cli(new PrintWriter(out), new PrintWriter(new StringWriter()), terminal, rules).run(args);
    }
}
