package org.readiness.engine;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readiness.Readiness;
import org.readiness.model.FactSet;

/**
 * The figures of {@link EvaluationBenchmark} measured as CPU time of the measuring thread instead of wall
 * time: on a machine that other work keeps busy, wall time counts the time the thread waits for a core,
 * CPU time does not, so ratios stay steady where JMH's error bars do not. Rounds alternate the three
 * variants so that whatever the machine does falls on all of them alike; the median round counts.
 * Run with bench/cpu-time; JMH (bench/jmh) remains the reference on a quiet machine.
 */
public final class EvaluationCpuTime {

    private EvaluationCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int perRound = 2000;
        Readiness readiness = Readiness.load(Path.of("rules"));
        FactSet facts = readiness.readFacts(Path.of("facts/2025-03-coalition-planning.yaml"));
        BareSessions bare = new BareSessions(readiness.rules());
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        List<Runnable> variants = List.of(() -> readiness.evaluate(facts), () -> bare.fresh(facts), () -> bare.pooled(facts));
        String[] names = {"evaluate with explanations", "bare Drools session, fresh", "bare Drools session, pooled"};
        List<List<Double>> cpu = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long[] allocated = new long[3];
        for (int round = 0; round < rounds; round++) {
            for (int v = 0; v < variants.size(); v++) {
                long bytes = threads.getThreadAllocatedBytes(thread);
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < perRound; i++) {
                    variants.get(v).run();
                }
                long micros = (threads.getCurrentThreadCpuTime() - start) / 1000;
                if (round >= rounds / 3) { // the first third warms up
                    cpu.get(v).add((double) micros / perRound);
                    allocated[v] = (threads.getThreadAllocatedBytes(thread) - bytes) / perRound;
                }
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s; load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        double[] median = new double[3];
        for (int v = 0; v < 3; v++) {
            List<Double> sorted = cpu.get(v).stream().sorted().toList();
            median[v] = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "%-30s %6.1f µs CPU per evaluation (%,.0f per second on one core), %,d bytes allocated%n",
                    names[v], median[v], 1e6 / median[v], allocated[v]);
        }
        System.out.printf(Locale.ROOT, "explaining costs %.2f × a fresh bare session, %.2f × a pooled one%n",
                median[0] / median[1], median[0] / median[2]);
    }
}
