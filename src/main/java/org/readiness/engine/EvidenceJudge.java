package org.readiness.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Source;

/**
 * Judges whether a fact is good enough evidence to make a criterion MET (design §2): recent enough
 * relative to the fact set's as-of date, and resting on at least one source graded at or above the
 * policy's threshold. A fact without sources rests on nothing.
 */
final class EvidenceJudge {

    private final EvidencePolicy policy;
    private final FactSet facts;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<Fact, List<String>> verdicts = new IdentityHashMap<>();

    EvidenceJudge(EvidencePolicy policy, FactSet facts) {
        this.policy = policy;
        this.facts = facts;
        facts.sources().forEach(s -> sources.put(s.id(), s));
    }

    /** Why this fact is weak evidence; empty when it is good. */
    List<String> warnings(Fact fact) {
        return verdicts.computeIfAbsent(fact, this::judge);
    }

    private List<String> judge(Fact fact) {
        List<String> warnings = new ArrayList<>(2);
        List<Source> cited = fact.sources().stream().map(sources::get).toList();
        if (cited.isEmpty()) {
            warnings.add(fact.id() + " cites no source");
        } else if (cited.stream().noneMatch(policy::accepts)) {
            warnings.add(fact.id() + " rests only on sources graded below " + policy.minGrade() + ": "
                    + String.join(", ", cited.stream().map(s -> s.id() + " (" + s.grade() + ")").toList()));
        }
        date(fact, cited).ifPresent(date -> {
            long age = ChronoUnit.DAYS.between(date, facts.asOf());
            if (age > policy.maxAgeDays()) {
                warnings.add(fact.id() + " dates from " + date + ", " + age + " days before " + facts.asOf()
                        + " (the limit is " + policy.maxAgeDays() + ")");
            }
        });
        return List.copyOf(warnings);
    }

    /** When the fact was observed: its own date, else the newest of its sources'. */
    private static Optional<LocalDate> date(Fact fact, List<Source> cited) {
        if (fact.observed() != null) {
            return Optional.of(fact.observed());
        }
        return cited.stream().map(Source::date).max(LocalDate::compareTo);
    }
}
