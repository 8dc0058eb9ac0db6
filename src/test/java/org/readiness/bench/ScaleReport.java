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
import org.readiness.engine.EvaluationOptions;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;

/**
 * What a rule set of {@code 40 × scale} rules costs to build and keep, measured in a JVM of its own (run
 * by bench/scale once per size): compile time on first load (a cold JVM, as the command line sees it)
 * and warm (the median of up to three more), the heap the compiled rule set retains (used heap after full collections, with and
 * without it), the size of its rule cache entry and the time to load it from there, and how many rules
 * fire on each generated fact set. Appends one CSV line to {@code target/scale/report.csv}.
 */
public final class ScaleReport {

    static final Path CSV = ScaledInputs.DIR.resolve("report.csv");
    static final String HEADER = "rules,ruleCount,compileColdMs,compileWarmMs,retainedMiB,cacheEntryMiB,cacheLoadMs,fired1,fired10,fired100";

    private ScaleReport() {
    }

    public static void main(String[] args) throws IOException {
        int scale = Integer.parseInt(args[0]);
        Path dir = ScaledInputs.rules(scale);
        for (int facts : new int[] {1, 10, 100}) {
            ScaledInputs.facts(facts);
        }
        long before = usedAfterGc();
        long start = System.nanoTime();
        RuleSet rules = RuleSet.load(dir);
        double coldMs = millisSince(start);
        long retained = usedAfterGc() - before;

        // Warm: the median of up to three more compilations, as many as fit in a minute.
        List<Double> warm = new ArrayList<>();
        long budget = System.nanoTime() + 60_000_000_000L;
        while (warm.size() < 3 && (warm.isEmpty() || System.nanoTime() < budget)) {
            start = System.nanoTime();
            RuleSet.load(dir);
            warm.add(millisSince(start));
        }
        warm.sort(Comparator.naturalOrder());
        double warmMs = warm.get(warm.size() / 2);

        Path cacheDir = Files.createTempDirectory("readiness-scale-cache");
        RuleCache cache = RuleCache.at(cacheDir);
        RuleSet.load(dir, cache);
        long entryBytes;
        try (Stream<Path> entries = Files.list(cacheDir)) {
            entryBytes = entries.mapToLong(ScaleReport::size).sum();
        }
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            start = System.nanoTime();
            RuleSet.load(dir, cache);
            loads.add(millisSince(start));
        }
        loads.sort(Comparator.naturalOrder());

        Readiness readiness = Readiness.of(rules, EvaluationOptions.DEFAULT.withLimits(Integer.MAX_VALUE - 1, Duration.ofMinutes(10)));
        StringBuilder fired = new StringBuilder();
        for (int facts : new int[] {1, 10, 100}) {
            fired.append(',').append(readiness.evaluate(ScaledInputs.facts(facts)).provenance().rulesFired());
        }
        String line = String.format(Locale.ROOT, "%d,%d,%.0f,%.0f,%.1f,%.1f,%.0f%s", scale, rules.rules().size(), coldMs, warmMs,
                retained / 1048576.0, entryBytes / 1048576.0, loads.get(1), fired);
        if (!Files.exists(CSV)) {
            Files.writeString(CSV, HEADER + "\n");
        }
        Files.writeString(CSV, line + "\n", StandardOpenOption.APPEND);
        System.out.println(HEADER + "\n" + line);
        deleteTree(cacheDir);
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

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
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
