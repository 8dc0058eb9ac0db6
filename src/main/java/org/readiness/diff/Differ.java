package org.readiness.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.CriterionMove;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.FactChange;
import org.readiness.model.FactSet;
import org.readiness.model.FieldChange;
import org.readiness.model.Finding;
import org.readiness.model.Source;
import org.readiness.model.SourceChange;

/**
 * Compares two fact sets and their assessments (by the same rules): facts and sources matched by id,
 * field by field, and each criterion's status and findings. Pure data in, data out.
 */
public final class Differ {

    private Differ() {
    }

    public static AssessmentDiff diff(FactSet a, Assessment assessedA, FactSet b, Assessment assessedB) {
        return new AssessmentDiff(side(a, assessedA), side(b, assessedB), facts(a.facts(), b.facts()),
                sources(a.sources(), b.sources()), criteria(assessedA, assessedB),
                new AssessmentDiff.Record(assessedB.provenance().rulesHash(), assessedB.provenance().readinessVersion(),
                        assessedB.provenance().droolsVersion(), assessedB.provenance().evaluatedAt()));
    }

    private static AssessmentDiff.Side side(FactSet facts, Assessment assessment) {
        return new AssessmentDiff.Side(facts.scenario(), facts.origin(), facts.asOf(), facts.hash(), assessment.verdict(),
                assessment.notMet(), assessment.unknown());
    }

    private static List<FactChange> facts(List<Fact> before, List<Fact> after) {
        List<FactChange> changes = new ArrayList<>();
        Map<String, Fact> later = byId(after, Fact::id);
        for (Fact old : before) {
            Fact now = later.get(old.id());
            if (now == null) {
                changes.add(new FactChange(FactChange.Kind.REMOVED, old.id(), old.type(), old, null, List.of()));
            } else {
                List<FieldChange> fields = fields(old, now);
                if (!fields.isEmpty()) {
                    changes.add(new FactChange(FactChange.Kind.CHANGED, old.id(), old.type(), old, now, fields));
                }
            }
        }
        Map<String, Fact> earlier = byId(before, Fact::id);
        for (Fact now : after) {
            if (!earlier.containsKey(now.id())) {
                changes.add(new FactChange(FactChange.Kind.ADDED, now.id(), now.type(), null, now, List.of()));
            }
        }
        return changes;
    }

    /** Declared fields in the order written (the first version's, then any the second adds), then the envelope. */
    private static List<FieldChange> fields(Fact old, Fact now) {
        Set<String> names = new LinkedHashSet<>(old.fields().keySet());
        names.addAll(now.fields().keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            compare(name, old.fields().get(name), now.fields().get(name), changes);
        }
        compare("sources", old.sources(), now.sources(), changes);
        compare("observed", old.observed(), now.observed(), changes);
        compare("note", old.note(), now.note(), changes);
        return changes;
    }

    private static List<SourceChange> sources(List<Source> before, List<Source> after) {
        List<SourceChange> changes = new ArrayList<>();
        Map<String, Source> later = byId(after, Source::id);
        for (Source old : before) {
            Source now = later.get(old.id());
            if (now == null) {
                changes.add(new SourceChange(FactChange.Kind.REMOVED, old.id(), old, null, List.of()));
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            compare("title", old.title(), now.title(), fields);
            compare("publisher", old.publisher(), now.publisher(), fields);
            compare("date", old.date(), now.date(), fields);
            compare("url", old.url(), now.url(), fields);
            compare("grade", old.grade(), now.grade(), fields);
            if (!fields.isEmpty()) {
                changes.add(new SourceChange(FactChange.Kind.CHANGED, old.id(), old, now, fields));
            }
        }
        Map<String, Source> earlier = byId(before, Source::id);
        for (Source now : after) {
            if (!earlier.containsKey(now.id())) {
                changes.add(new SourceChange(FactChange.Kind.ADDED, now.id(), null, now, List.of()));
            }
        }
        return changes;
    }

    private static List<CriterionMove> criteria(Assessment a, Assessment b) {
        Map<String, CriterionResult> later = byId(b.criteria(), CriterionResult::id);
        List<CriterionMove> moves = new ArrayList<>();
        for (CriterionResult old : a.criteria()) {
            CriterionResult now = later.get(old.id());
            moves.add(new CriterionMove(old.criterion(), old.status(), now.status(),
                    missing(now.findings(), old.findings()), missing(old.findings(), now.findings())));
        }
        return moves;
    }

    /** The findings of {@code of} that {@code in} does not have. */
    private static List<Finding> missing(List<Finding> of, List<Finding> in) {
        Set<String> keys = new LinkedHashSet<>();
        in.forEach(f -> keys.add(key(f)));
        return of.stream().filter(f -> !keys.contains(key(f))).toList();
    }

    /** A finding is the same when the same rule said the same thing about the same facts on evidence as good. */
    private static String key(Finding f) {
        return f.rule().name() + "\u0000" + String.join(",", f.facts().stream().map(Fact::id).toList())
                + "\u0000" + f.reason() + "\u0000" + f.weak();
    }

    private static void compare(String field, Object from, Object to, List<FieldChange> changes) {
        if (!Objects.equals(from, to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
