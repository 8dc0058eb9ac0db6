package org.readiness.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Source;

/**
 * Judges whether a fact is good enough evidence to make a criterion MET (design §2): recent enough
 * relative to the fact set's as-of date, and resting on at least one source graded at or above the
 * policy's threshold. A fact without sources rests on nothing. Each fact is judged once per evaluation.
 */
final class EvidenceJudge {

    private final EvidencePolicy policy;
    private final FactSet facts;
    private final Map<String, Source> sources;
    private final Map<Fact, List<String>> verdicts;

    EvidenceJudge(EvidencePolicy policy, FactSet facts) {
        this.policy = policy;
        this.facts = facts;
        this.verdicts = new IdentityHashMap<>(facts.facts().size());
        this.sources = new HashMap<>(facts.sources().size() * 2);
        for (Source source : facts.sources()) {
            sources.put(source.id(), source);
        }
    }

    /** Why this fact is weak evidence; empty when it is good. */
    List<String> warnings(Fact fact) {
        List<String> known = verdicts.get(fact);
        if (known == null) {
            known = judge(fact);
            verdicts.put(fact, known);
        }
        return known;
    }

    private List<String> judge(Fact fact) {
        boolean accepted = false;
        LocalDate newest = null;
        for (String id : fact.sources()) {
            Source source = sources.get(id);
            accepted |= policy.accepts(source);
            newest = newest == null || source.date().isAfter(newest) ? source.date() : newest;
        }
        List<String> warnings = null;
        if (fact.sources().isEmpty()) {
            warnings = add(warnings, fact.id() + " cites no source");
        } else if (!accepted) {
            List<String> grades = new ArrayList<>(fact.sources().size());
            fact.sources().forEach(id -> grades.add(id + " (" + sources.get(id).grade() + ")"));
            warnings = add(warnings, fact.id() + " rests only on sources graded below " + policy.minGrade() + ": "
                    + String.join(", ", grades));
        }
        // When the fact was observed: its own date, else the newest of its sources'.
        LocalDate date = fact.observed() != null ? fact.observed() : newest;
        if (date != null) {
            long age = ChronoUnit.DAYS.between(date, facts.asOf());
            if (age > policy.maxAgeDays()) {
                warnings = add(warnings, fact.id() + " dates from " + date + ", " + age + " days before " + facts.asOf()
                        + " (the limit is " + policy.maxAgeDays() + ")");
            }
        }
        return warnings == null ? List.of() : List.copyOf(warnings);
    }

    private static List<String> add(List<String> warnings, String warning) {
        List<String> list = warnings == null ? new ArrayList<>(2) : warnings;
        list.add(warning);
        return list;
    }
}
