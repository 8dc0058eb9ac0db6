package org.readiness.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionOdds;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.FieldSensitivity;
import org.readiness.model.Interval;
import org.readiness.model.ProblemException;
import org.readiness.model.Status;
import org.readiness.model.SweepMethod;
import org.readiness.model.SweepRecord;
import org.readiness.model.SweepResult;
import org.readiness.model.UncertainField;
import org.readiness.model.ValueOdds;
import org.readiness.rules.BuildInfo;
import org.readiness.rules.RuleSet;

/**
 * What-if over uncertain facts: evaluates the combinations of the values the fact set's distributions
 * allow, every one weighted by its probability when there are at most {@code samples} of them, else
 * {@code samples} drawn at random, and says how likely GO is, how each criterion fares, which block most
 * often, and which fields move the verdict most.
 *
 * <p>The cases are cut into chunks of fixed size, claimed by worker threads in any order; each chunk's
 * tally is kept apart and the tallies are added up in chunk order. With sample i's values a
 * function of (seed, i) alone ({@link SampleDraw}), the answer is the same to the last bit on any number
 * of threads.
 */
public final class Sweep {

    private static final long CHUNK = 256;
    /** Two-sided 95%. */
    private static final double Z = 1.959963984540054;

    private final StatusEvaluator evaluator;
    private final EvaluationOptions options;

    public Sweep(RuleSet rules, EvaluationOptions options) {
        this.evaluator = new StatusEvaluator(rules, options);
        this.options = options;
    }

    public SweepResult run(FactSet facts, SweepOptions sweep, SweepProgress progress) {
        Cases cases = new Cases(facts, evaluator.weakness(facts), sweep);
        long chunks = (cases.count + CHUNK - 1) / CHUNK;
        Tallies tallies = new Tallies(new Tally(evaluator.ruleSet().criteria().size(), facts.uncertain()));
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicBoolean failed = new AtomicBoolean();
        int threads = (int) Math.min(sweep.threads(), chunks);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "readiness-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    // shutdownNow() interrupts the workers when the caller is interrupted (a command cancelled
                    // in the background process): they stop at the next chunk instead of sweeping on unseen.
                    for (long chunk = next.getAndIncrement(); chunk < chunks && !failed.get() && !Thread.currentThread().isInterrupted();
                            chunk = next.getAndIncrement()) {
                        try {
                            tallies.completed(chunk, cases.tally(chunk));
                        } catch (RuntimeException e) {
                            failed.set(true);
                            throw e;
                        }
                        long end = Math.min(cases.count, (chunk + 1) * CHUNK);
                        progress.advanced(done.addAndGet(end - chunk * CHUNK), cases.count);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                await(worker);
            }
        } finally {
            pool.shutdownNow();
        }
        return result(facts, cases, tallies.total);
    }

    /**
     * Adds chunk tallies into the total in chunk order, whichever thread finishes which chunk first, so
     * that the floating-point sums are the same on any number of threads; only the few chunks finished
     * ahead of their turn wait.
     */
    private static final class Tallies {
        private final Tally total;
        private final Map<Long, Tally> waiting = new HashMap<>();
        private long nextToAdd;

        Tallies(Tally total) {
            this.total = total;
        }

        synchronized void completed(long chunk, Tally tally) {
            waiting.put(chunk, tally);
            for (Tally ready = waiting.remove(nextToAdd); ready != null; ready = waiting.remove(nextToAdd)) {
                total.add(ready);
                nextToAdd++;
            }
        }
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ProblemException problems) {
                throw problems;
            }
            throw new IllegalStateException("a sweep worker failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sweeping", e);
        }
    }

    private SweepResult result(FactSet facts, Cases cases, Tally t) {
        double go = t.go / t.weight;
        Interval interval = cases.exact ? new Interval(go, go, 0.95, "exact") : wilson(Math.round(t.go), cases.count);
        List<Criterion> criteria = evaluator.ruleSet().criteria();
        List<CriterionOdds> odds = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            odds.add(new CriterionOdds(criteria.get(c), t.met[c] / t.weight, t.notMet[c] / t.weight,
                    t.unknown[c] / t.weight, t.sole[c] / t.weight));
        }
        List<FieldSensitivity> sensitivity = new ArrayList<>();
        for (int j = 0; j < facts.uncertain().size(); j++) {
            UncertainField field = facts.uncertain().get(j);
            List<ValueOdds> values = new ArrayList<>();
            double explained = 0;
            for (int k = 0; k < field.outcomes().size(); k++) {
                double w = t.valueWeight[j][k];
                Double goGiven = w > 0 ? t.valueGo[j][k] / w : null;
                values.add(new ValueOdds(field.outcomes().get(k).value(), field.outcomes().get(k).probability(), goGiven));
                if (goGiven != null) {
                    explained += w / t.weight * (goGiven - go) * (goGiven - go);
                }
            }
            double variance = go * (1 - go);
            sensitivity.add(new FieldSensitivity(field, variance > 0 ? Math.min(1, explained / variance) : 0, values));
        }
        sensitivity.sort((a, b) -> Double.compare(b.index(), a.index()));
        SweepRecord record = new SweepRecord(evaluator.ruleSet().hash(), facts.hash(), BuildInfo.READINESS, BuildInfo.DROOLS,
                options.clock().instant());
        return new SweepResult(facts.scenario(), facts.origin(), facts.asOf(), facts.overrides(),
                cases.exact ? SweepMethod.EXACT : SweepMethod.MONTE_CARLO, cases.count, cases.exact ? null : cases.seed,
                go, interval, odds, sensitivity, evaluator.policy(), record);
    }

    /** The Wilson score interval at 95% for {@code successes} out of {@code n}. */
    static Interval wilson(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), 0.95, "wilson");
    }

    /** The cases of one sweep: which values case i gives each uncertain field, and with what weight. */
    private final class Cases {
        final FactSet facts;
        final boolean[] weak;
        final List<UncertainField> uncertain;
        final boolean exact;
        final long count;
        final long seed;
        /** For each fact with uncertain fields, those fields' indices into {@link #uncertain}. */
        final Map<Integer, List<Integer>> byFact = new LinkedHashMap<>();

        Cases(FactSet facts, boolean[] weak, SweepOptions sweep) {
            this.facts = facts;
            this.weak = weak;
            this.uncertain = facts.uncertain();
            this.seed = sweep.seed();
            long combinations = 1;
            for (UncertainField field : uncertain) {
                combinations = combinations > Long.MAX_VALUE / field.outcomes().size()
                        ? Long.MAX_VALUE : combinations * field.outcomes().size();
            }
            this.exact = combinations <= sweep.samples();
            this.count = exact ? combinations : sweep.samples();
            for (int j = 0; j < uncertain.size(); j++) {
                byFact.computeIfAbsent(uncertain.get(j).fact(), f -> new ArrayList<>()).add(j);
            }
        }

        Tally tally(long chunk) {
            Tally tally = new Tally(evaluator.ruleSet().criteria().size(), uncertain);
            int[] choice = new int[uncertain.size()];
            long end = Math.min(count, (chunk + 1) * CHUNK);
            for (long i = chunk * CHUNK; i < end; i++) {
                double weight = choose(i, choice);
                Status[] statuses = evaluator.evaluate(facts(choice), weak, facts).statuses();
                tally.record(statuses, choice, weight, evaluator.ruleSet().criteria());
            }
            return tally;
        }

        /** Fills in case i's value for each uncertain field; returns the case's weight. */
        private double choose(long i, int[] choice) {
            double weight = 1;
            long rest = i;
            for (int j = 0; j < choice.length; j++) {
                List<UncertainField.Outcome> outcomes = uncertain.get(j).outcomes();
                if (exact) {
                    choice[j] = (int) (rest % outcomes.size());
                    rest /= outcomes.size();
                    weight *= outcomes.get(choice[j]).probability();
                } else {
                    choice[j] = pick(outcomes, SampleDraw.unit(seed, i, j));
                }
            }
            return weight;
        }

        private int pick(List<UncertainField.Outcome> outcomes, double u) {
            double cumulative = 0;
            for (int k = 0; k < outcomes.size() - 1; k++) {
                cumulative += outcomes.get(k).probability();
                if (u < cumulative) {
                    return k;
                }
            }
            return outcomes.size() - 1;
        }

        private List<Fact> facts(int[] choice) {
            List<Fact> out = new ArrayList<>(facts.facts());
            for (Map.Entry<Integer, List<Integer>> entry : byFact.entrySet()) {
                Fact fact = out.get(entry.getKey());
                Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
                for (int j : entry.getValue()) {
                    fields.put(uncertain.get(j).field(), uncertain.get(j).outcomes().get(choice[j]).value());
                }
                out.set(entry.getKey(), new Fact(fact.id(), fact.type(), fields, fact.sources(), fact.observed(), fact.note(),
                        fact.location()));
            }
            return out;
        }
    }

    /** Weighted counts over some cases; added up in a fixed order so that sums do not depend on threads. */
    private static final class Tally {
        double weight;
        double go;
        final double[] met;
        final double[] notMet;
        final double[] unknown;
        final double[] sole;
        final double[][] valueWeight;
        final double[][] valueGo;

        Tally(int criteria, List<UncertainField> uncertain) {
            met = new double[criteria];
            notMet = new double[criteria];
            unknown = new double[criteria];
            sole = new double[criteria];
            valueWeight = new double[uncertain.size()][];
            valueGo = new double[uncertain.size()][];
            for (int j = 0; j < uncertain.size(); j++) {
                valueWeight[j] = new double[uncertain.get(j).outcomes().size()];
                valueGo[j] = new double[uncertain.get(j).outcomes().size()];
            }
        }

        void record(Status[] statuses, int[] choice, double w, List<Criterion> criteria) {
            weight += w;
            int blockers = 0;
            int blocker = -1;
            for (int c = 0; c < statuses.length; c++) {
                switch (statuses[c]) {
                    case MET -> met[c] += w;
                    case NOT_MET -> notMet[c] += w;
                    case UNKNOWN -> unknown[c] += w;
                }
                if (criteria.get(c).blocking() && statuses[c] != Status.MET) {
                    blockers++;
                    blocker = c;
                }
            }
            if (blockers == 0) {
                go += w;
            } else if (blockers == 1) {
                sole[blocker] += w;
            }
            for (int j = 0; j < choice.length; j++) {
                valueWeight[j][choice[j]] += w;
                if (blockers == 0) {
                    valueGo[j][choice[j]] += w;
                }
            }
        }

        void add(Tally other) {
            weight += other.weight;
            go += other.go;
            for (int c = 0; c < met.length; c++) {
                met[c] += other.met[c];
                notMet[c] += other.notMet[c];
                unknown[c] += other.unknown[c];
                sole[c] += other.sole[c];
            }
            for (int j = 0; j < valueWeight.length; j++) {
                for (int k = 0; k < valueWeight[j].length; k++) {
                    valueWeight[j][k] += other.valueWeight[j][k];
                    valueGo[j][k] += other.valueGo[j][k];
                }
            }
        }
    }
}
