package org.readiness.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.readiness.Readiness;
import org.readiness.engine.BareSessions;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.FactSet;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;

/**
 * What a rule set of {@code 40 × scale} rules costs, measured in a JVM of its own (run by bench/scale once
 * per size): the CPU time of compiling on first load (a cold JVM, as the command line sees it) and warm
 * (after ten seconds of compiling it again); the heap a compiled rule set retains (used heap after full
 * collections, with and without one more copy); the size of its rule cache entry and the time to load it from there; and, for each
 * generated fact set, how many rules fire and the CPU time of an evaluation with explanations and of a
 * bare Drools session (pooled, as evaluations are) firing the same rules. Evaluation is measured as CPU
 * time of this thread, the two variants alternating round by round, median of the rounds after a
 * warm-up: on a busy machine that is steady where wall time is not (JMH's {@code ScaleBenchmark} measures
 * wall time, for a quiet one). Appends one CSV line to {@code target/scale/report.csv}.
 */
public final class ScaleReport {

    static final Path CSV = ScaledInputs.DIR.resolve("report.csv");
    static final String HEADER = "rules,ruleCount,compileColdMs,compileWarmMs,retainedMiB,cacheEntryMiB,cacheLoadMs,"
            + "fired1,fired10,fired100,evaluateUs1,bareUs1,evaluateUs10,bareUs10,evaluateUs100,bareUs100";

    private ScaleReport() {
    }

    public static void main(String[] args) throws IOException {
        int scale = Integer.parseInt(args[0]);
        Path dir = ScaledInputs.DIR.resolve("rules-x" + scale);
        if (!Files.isRegularFile(dir.resolve("criteria.yaml"))) {
            // Generating them here would compile the shipped rules first and warm this JVM up.
            throw new IllegalStateException(dir + " is missing: generate the inputs first (bench/scale does)");
        }
        long start = cpuNanos();
        RuleSet.load(dir);
        double coldMs = (cpuNanos() - start) / 1e6;

        // Warm: compile again for ten seconds (at least twice) so that the JIT has done its work; the median
        // of the last three.
        List<Double> warm = new ArrayList<>();
        long budget = System.nanoTime() + 10_000_000_000L;
        while (warm.size() < 2 || System.nanoTime() < budget) {
            start = cpuNanos();
            RuleSet.load(dir);
            warm.add((cpuNanos() - start) / 1e6);
        }
        List<Double> last = new ArrayList<>(warm.subList(Math.max(0, warm.size() - 3), warm.size()));
        last.sort(Comparator.naturalOrder());
        double warmMs = last.get(last.size() / 2);

        // Retained: one more compiled rule set, kept; measured after the first, so that what Drools sets up
        // once per JVM is not counted.
        long before = usedAfterGc();
        RuleSet rules = RuleSet.load(dir);
        long retained = usedAfterGc() - before;

        Path cacheDir = Files.createTempDirectory("readiness-scale-cache");
        RuleCache cache = RuleCache.at(cacheDir);
        RuleSet.load(dir, cache);
        long entryBytes;
        try (Stream<Path> entries = Files.list(cacheDir)) {
            entryBytes = entries.mapToLong(ScaleReport::size).sum();
        }
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // The cache loads on a helper thread: wall time here (the helper runs alone meanwhile).
            start = System.nanoTime();
            RuleSet.load(dir, cache);
            loads.add((System.nanoTime() - start) / 1e6);
        }
        loads.sort(Comparator.naturalOrder());

        Readiness readiness = Readiness.of(rules, EvaluationOptions.DEFAULT.withLimits(Integer.MAX_VALUE - 1, Duration.ofMinutes(10)));
        BareSessions bare = new BareSessions(rules);
        StringBuilder fired = new StringBuilder();
        StringBuilder cpu = new StringBuilder();
        for (int facts : new int[] {1, 10, 100}) {
            FactSet factSet = readiness.readFacts(ScaledInputs.facts(facts));
            fired.append(',').append(readiness.evaluate(factSet).provenance().rulesFired());
            double[] micros = cpuMicros(List.of(() -> readiness.evaluate(factSet), () -> bare.pooled(factSet)));
            cpu.append(String.format(Locale.ROOT, ",%.1f,%.1f", micros[0], micros[1]));
        }
        String line = String.format(Locale.ROOT, "%d,%d,%.0f,%.0f,%.1f,%.1f,%.0f%s%s", scale, rules.rules().size(), coldMs, warmMs,
                retained / 1048576.0, entryBytes / 1048576.0, loads.get(1), fired, cpu);
        if (!Files.exists(CSV)) {
            Files.writeString(CSV, HEADER + "\n");
        }
        Files.writeString(CSV, line + "\n", StandardOpenOption.APPEND);
        System.out.println(HEADER + "\n" + line);
        deleteTree(cacheDir);
    }

    /**
     * Median CPU microseconds per call of each variant: a warm-up of three seconds of each (at least three
     * calls) for the JIT, then seven rounds that alternate the variants, about a fifth of a second each.
     */
    static double[] cpuMicros(List<Runnable> variants) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] perCall = new long[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            long start = threads.getCurrentThreadCpuTime();
            int calls = 0;
            while (calls < 3 || threads.getCurrentThreadCpuTime() - start < 3_000_000_000L) {
                variants.get(v).run();
                calls++;
            }
            perCall[v] = Math.max(1, (threads.getCurrentThreadCpuTime() - start) / calls);
        }
        List<List<Double>> rounds = new ArrayList<>();
        variants.forEach(v -> rounds.add(new ArrayList<>()));
        for (int round = 0; round < 7; round++) {
            for (int v = 0; v < variants.size(); v++) {
                long calls = Math.max(1, 200_000_000L / perCall[v]);
                long start = threads.getCurrentThreadCpuTime();
                for (long i = 0; i < calls; i++) {
                    variants.get(v).run();
                }
                rounds.get(v).add((threads.getCurrentThreadCpuTime() - start) / 1000.0 / calls);
            }
        }
        double[] medians = new double[variants.size()];
        for (int v = 0; v < variants.size(); v++) {
            List<Double> sorted = rounds.get(v).stream().sorted().toList();
            medians[v] = sorted.get(sorted.size() / 2);
        }
        return medians;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
