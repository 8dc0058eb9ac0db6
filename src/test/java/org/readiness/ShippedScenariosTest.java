package org.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.engine.SweepOptions;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionResult;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.SweepMethod;
import org.readiness.model.SweepResult;
import org.readiness.model.Verdict;

/**
 * Pins the outcome of every shipped fact set: the verdict and the status of every criterion, or for a
 * fact set with uncertain fields, that evaluation refuses it and what the sweep says. A new fact set
 * without an expectation here fails {@link #everyShippedFactSetIsPinned}.
 */
class ShippedScenariosTest {

    record Expected(String file, Verdict verdict, String statuses) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** An uncertain fact set: how its default sweep comes out (the blockers in order, with how often each blocks). */
    record Swept(String file, SweepMethod method, long cases, double go, String blockers) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Swept> sweeps() {
        return Stream.of(
                new Swept("2025-03-coalition-planning-uncertain.yaml", SweepMethod.EXACT, 1944, 0.0,
                        "ceasefire=1.000 support=1.000 mandate=1.000 force-safety=1.000 deterrence=1.000"),
                new Swept("scenario-uncertain-backing.yaml", SweepMethod.MONTE_CARLO, 10_000, 0.0547,
                        "support=0.732 deterrence=0.511 force-safety=0.401 mandate=0.153 ceasefire=0.146"));
    }

    static Stream<Expected> scenarios() {
        return Stream.of(
                new Expected("2025-03-coalition-planning.yaml", Verdict.NO_GO,
                        "ceasefire=NOT_MET support=NOT_MET mandate=NOT_MET force-safety=NOT_MET deterrence=NOT_MET "
                                + "diplomacy=NOT_MET goals=NOT_MET resources=NOT_MET unity=NOT_MET contingencies=NOT_MET"),
                new Expected("scenario-all-preconditions-met.yaml", Verdict.GO,
                        "ceasefire=MET support=MET mandate=MET force-safety=MET deterrence=MET "
                                + "diplomacy=MET goals=MET resources=MET unity=MET contingencies=MET"),
                new Expected("scenario-us-support-withdrawn.yaml", Verdict.NO_GO,
                        "ceasefire=MET support=NOT_MET mandate=MET force-safety=MET deterrence=NOT_MET "
                                + "diplomacy=MET goals=MET resources=MET unity=MET contingencies=MET"),
                new Expected("scenario-missing-evidence.json", Verdict.NO_GO,
                        "ceasefire=MET support=MET mandate=MET force-safety=UNKNOWN deterrence=UNKNOWN "
                                + "diplomacy=MET goals=MET resources=MET unity=MET contingencies=MET"),
                new Expected("scenario-stale-evidence.yaml", Verdict.NO_GO,
                        "ceasefire=UNKNOWN support=MET mandate=UNKNOWN force-safety=MET deterrence=MET "
                                + "diplomacy=MET goals=UNKNOWN resources=MET unity=MET contingencies=MET"),
                new Expected("scenario-weak-sources.yaml", Verdict.NO_GO,
                        "ceasefire=MET support=UNKNOWN mandate=MET force-safety=MET deterrence=MET "
                                + "diplomacy=MET goals=MET resources=MET unity=MET contingencies=MET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shippedFactSetComesOutAsPinned(Expected expected) {
        Assessment assessment = Shipped.readiness().evaluate(Shipped.FACTS.resolve(expected.file()));
        assertEquals(expected.verdict(), assessment.verdict(), expected.file());
        assertEquals(expected.statuses(), statuses(assessment), expected.file());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sweeps")
    void uncertainFactSetIsSweptNotEvaluated(Swept expected) {
        FactSet facts = Shipped.readiness().readFacts(Shipped.FACTS.resolve(expected.file()));
        ProblemException refused = assertThrows(ProblemException.class, () -> Shipped.readiness().evaluate(facts));
        assertEquals(ProblemCode.UNCERTAIN_FACTS, refused.problems().get(0).code());
        SweepResult sweep = Shipped.readiness().sweep(facts, SweepOptions.DEFAULT);
        assertEquals(expected.method(), sweep.method(), expected.file());
        assertEquals(expected.cases(), sweep.cases(), expected.file());
        assertEquals(expected.go(), sweep.go(), 1e-9, expected.file());
        assertEquals(expected.blockers(), sweep.blockers().stream()
                .map(c -> c.criterion().id() + "=" + String.format(Locale.ROOT, "%.3f", c.blocks()))
                .collect(Collectors.joining(" ")), expected.file());
    }

    @Test
    void everyShippedFactSetIsPinned() throws IOException {
        Set<String> pinned = Stream.concat(scenarios().map(Expected::file), sweeps().map(Swept::file))
                .collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(Shipped.FACTS)) {
            Set<String> shipped = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(shipped, pinned, "every fact set in facts/ needs its expected outcome pinned here");
        }
    }

    static String statuses(Assessment assessment) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CriterionResult c : assessment.criteria()) {
            statuses.put(c.id(), c.status().name());
        }
        return statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
