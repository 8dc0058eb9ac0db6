package org.readiness.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionOdds;
import org.readiness.model.FactSet;
import org.readiness.model.FieldSensitivity;
import org.readiness.model.Interval;
import org.readiness.model.Status;
import org.readiness.model.SweepMethod;
import org.readiness.model.SweepResult;
import org.readiness.model.UncertainField;
import org.readiness.model.Verdict;

/** Sweeps over uncertain facts: exact when the space is small, reproducible Monte Carlo otherwise. */
class SweepTest {

    private final Readiness readiness = Shipped.readiness();
    private final Readiness plain = readiness.with(readiness.options().withCounterfactual(CounterfactualOptions.DEFAULT.disabled()));
    private final FactSet backing = readiness.readFacts(Shipped.FACTS.resolve("scenario-uncertain-backing.yaml"));

    /** The shipped scenario with all but three of its uncertain fields settled at their first value: 12 combinations. */
    private FactSet small() {
        List<String> settle = new ArrayList<>();
        for (UncertainField u : backing.uncertain()) {
            if (!List.of("Support[party=US].political", "Deterrence.backstop", "ThreatAssessment[actor=Russia].stance").contains(u.path())) {
                settle.add(u.path() + "=" + u.outcomes().get(0).value());
            }
        }
        return readiness.override(backing, settle);
    }

    @Test
    void exactEnumerationWeighsEveryCombinationByItsProbability() {
        FactSet facts = small();
        SweepResult sweep = readiness.sweep(facts, new SweepOptions(10_000, 0, 2));
        assertEquals(SweepMethod.EXACT, sweep.method());
        assertEquals(12, sweep.cases());
        assertNull(sweep.seed());
        double go = 0;
        double supportMet = 0;
        for (List<Object> combination : combinations(facts.uncertain(), 0)) {
            List<String> overrides = new ArrayList<>();
            double weight = 1;
            for (int j = 0; j < combination.size(); j++) {
                UncertainField u = facts.uncertain().get(j);
                Object value = combination.get(j);
                overrides.add(u.path() + "=" + value);
                weight *= u.outcomes().stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow().probability();
            }
            Assessment a = plain.evaluate(readiness.override(facts, overrides));
            go += a.verdict() == Verdict.GO ? weight : 0;
            supportMet += a.criteria().get(1).status() == Status.MET ? weight : 0;
        }
        assertEquals(go, sweep.go(), 1e-12);
        assertEquals("exact", sweep.goInterval().method());
        assertEquals(sweep.go(), sweep.goInterval().lower());
        assertEquals(sweep.go(), sweep.goInterval().upper());
        assertEquals(supportMet, sweep.criteria().get(1).met(), 1e-12);
        assertTrue(go > 0.1 && go < 0.9, "the three fields leave the verdict open: " + go);
    }

    @Test
    void monteCarloIsReproducibleWithItsSeedOnAnyNumberOfThreads() {
        SweepResult one = readiness.sweep(backing, new SweepOptions(1000, 7, 1));
        assertEquals(SweepMethod.MONTE_CARLO, one.method());
        assertEquals(7L, one.seed());
        assertEquals(one, readiness.sweep(backing, new SweepOptions(1000, 7, 2)));
        assertEquals(one, readiness.sweep(backing, new SweepOptions(1000, 7, 3)));
        assertNotEquals(one.go(), readiness.sweep(backing, new SweepOptions(1000, 8, 2)).go());
    }

    @Test
    void theMonteCarloIntervalHoldsTheExactValue() {
        FactSet facts = small();
        double exact = readiness.sweep(facts, new SweepOptions(100, 0, 2)).go();
        SweepResult sampled = readiness.sweep(facts, new SweepOptions(11, 0, 2));
        assertEquals(SweepMethod.MONTE_CARLO, sampled.method(), "11 samples are fewer than the 12 combinations");
        SweepResult more = readiness.sweep(facts, new SweepOptions(2000, 3, 2));
        assertTrue(more.goInterval().lower() <= exact && exact <= more.goInterval().upper(),
                exact + " outside " + more.goInterval());
        assertTrue(more.goInterval().upper() - more.goInterval().lower() < 0.05);
    }

    @Test
    void wilsonIntervalsAreTheTextbookOnes() {
        Interval none = Sweep.wilson(0, 10);
        assertEquals(0, none.lower(), 1e-12);
        assertEquals(0.2775, none.upper(), 1e-4);
        Interval half = Sweep.wilson(5, 10);
        assertEquals(0.2366, half.lower(), 1e-4);
        assertEquals(0.7634, half.upper(), 1e-4);
        assertEquals("wilson", half.method());
    }

    @Test
    void aFieldThatAloneDecidesTheVerdictExplainsAllOfItAndAnAdvisoryOneNothing() {
        FactSet facts = readiness.readFacts(Path.of("src/test/resources/sweep/decided-by-the-ceasefire.yaml"));
        SweepResult sweep = readiness.sweep(facts, SweepOptions.DEFAULT);
        assertEquals(0.5, sweep.go(), 1e-12);
        FieldSensitivity first = sweep.sensitivity().get(0);
        assertEquals("Ceasefire.state", first.field().path());
        assertEquals(1.0, first.index(), 1e-12);
        assertEquals(List.of(1.0, 0.0), first.values().stream().map(v -> v.go()).toList());
        assertEquals(0.0, sweep.sensitivity().get(1).index(), 1e-12);
        CriterionOdds ceasefire = sweep.blockers().get(0);
        assertEquals("ceasefire", ceasefire.criterion().id());
        assertEquals(0.5, ceasefire.soleBlocker(), 1e-12);
        assertEquals(1, sweep.blockers().size(), "unity is advisory: it never blocks");
    }

    @Test
    void aFactSetWithoutUncertaintyIsOneEvaluation() {
        SweepResult sweep = readiness.sweep(readiness.readFacts(Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml")),
                SweepOptions.DEFAULT);
        assertEquals(1, sweep.cases());
        assertEquals(1.0, sweep.go());
        assertTrue(sweep.sensitivity().isEmpty());
    }

    private static List<List<Object>> combinations(List<UncertainField> fields, int from) {
        if (from == fields.size()) {
            return List.of(List.of());
        }
        List<List<Object>> out = new ArrayList<>();
        for (UncertainField.Outcome o : fields.get(from).outcomes()) {
            for (List<Object> rest : combinations(fields, from + 1)) {
                List<Object> c = new ArrayList<>();
                c.add(o.value());
                c.addAll(rest);
                out.add(c);
            }
        }
        return out;
    }
}
