package org.readiness.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.readiness.Readiness;
import org.readiness.engine.EvaluationOptions;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * What the analysis of {@code readiness check} costs: per shipped criterion, and for a generated
 * criterion whose rules read 1 to 8 enum fields of three values each (4^N + 1 fact sets with "unknown",
 * until the default budget of 20,000 caps it and the rest is sampled). Run with
 * {@code bench/jmh AnalysisBenchmark}; each operation is one criterion's whole analysis.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class AnalysisBenchmark {

    /** The shipped rules, one criterion at a time. */
    @State(Scope.Benchmark)
    public static class Shipped {
        @Param({"ceasefire", "support", "force-safety", "unity"})
        public String criterion;
        Readiness readiness;
        List<RuleDefinition> rules;
        Domain domain;

        @Setup(Level.Trial)
        public void setUp() {
            readiness = Readiness.of(RuleSet.load(Path.of("rules")), EvaluationOptions.DEFAULT);
            rules = readiness.rules().definitions().stream().filter(d -> d.info().criterion().equals(criterion)).toList();
            domain = Domain.of(criterion, rules, readiness.rules().catalog());
        }
    }

    /** A generated rule set: one criterion whose rules read N fields. */
    @State(Scope.Benchmark)
    public static class Generated {
        @Param({"1", "2", "3", "4", "5", "6", "7", "8"})
        public int fields;
        Readiness readiness;
        List<RuleDefinition> rules;
        Domain domain;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path dir = Files.createTempDirectory("readiness-analysis-bench");
            write(dir, fields);
            readiness = Readiness.of(RuleSet.load(dir), EvaluationOptions.DEFAULT);
            rules = List.copyOf(readiness.rules().definitions());
            domain = Domain.of("c", rules, readiness.rules().catalog());
        }
    }

    @Benchmark
    public CriterionAnalysis shippedCriterion(Shipped s) {
        return new Analysis(s.readiness, s.domain, s.rules, Checker.Options.DEFAULT_MAX_COMBINATIONS, 1).run().summary();
    }

    @Benchmark
    public CriterionAnalysis generatedCriterion(Generated g) {
        return new Analysis(g.readiness, g.domain, g.rules, Checker.Options.DEFAULT_MAX_COMBINATIONS, 1).run().summary();
    }

    /** N fields f1..fN of enum V {A, B, C}; a NOT_MET rule per field (fi == A); MET when every field is C. */
    static void write(Path dir, int n) throws IOException {
        Files.writeString(dir.resolve("criteria.yaml"), "criteria:\n"
                + "  - {id: c, title: C, kind: precondition, wording: The criterion}\n"
                + "  - {id: s, title: S, kind: step, wording: The step}\n");
        String fields = IntStream.rangeClosed(1, n).mapToObj(i -> "    f" + i + " : V\n").collect(Collectors.joining());
        StringBuilder drl = new StringBuilder("package bench;\n\ndeclare enum V A, B, C; end\n\ndeclare T\n").append(fields).append("end\n");
        for (int i = 1; i <= n; i++) {
            drl.append("\nrule \"f").append(i).append(" is A\"\n    @criterion(\"c\") @concludes(\"NOT_MET\") @reason(\"f").append(i)
                    .append(" is A\") @remedy(\"Change it\") @step(\"s\") @claim(\"bench\")\nwhen\n    $t : T(f").append(i)
                    .append(" == V.A)\nthen\nend\n");
        }
        String all = IntStream.rangeClosed(1, n).mapToObj(i -> "f" + i + " == V.C").collect(Collectors.joining(", "));
        drl.append("\nrule \"all C\"\n    @criterion(\"c\") @concludes(\"MET\") @reason(\"All C\") @claim(\"bench\")\nwhen\n    $t : T(")
                .append(all).append(")\nthen\nend\n");
        Files.writeString(dir.resolve("bench.drl"), drl.toString());
    }
}
