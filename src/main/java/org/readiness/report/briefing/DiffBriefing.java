package org.readiness.report.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.CriterionMove;
import org.readiness.model.FactChange;
import org.readiness.model.FieldChange;
import org.readiness.model.SourceChange;
import org.readiness.model.Verdict;

/**
 * A diff arranged for a briefing ({@code readiness diff --format html|markdown}): the verdict before and
 * after, each criterion's status before and after (those whose status changed first), the findings
 * gained and lost, then the facts and sources that changed, and the record.
 */
public record DiffBriefing(AssessmentDiff diff) {

    public String title() {
        return "Readiness diff: " + diff.from().scenario() + " → " + diff.to().scenario();
    }

    /** "The verdict changed." or "The verdict is unchanged." */
    public String verdictReason() {
        return diff.verdictChanged() ? "The verdict changed." : "The verdict is unchanged.";
    }

    /** "7 criteria changed status (7 improved, none worsened); 1 kept its status for other reasons; 2 are unchanged." */
    public String movementSummary() {
        List<Movement> movements = diff.criteria().stream().map(Movement::of).toList();
        long improved = movements.stream().filter(m -> m == Movement.IMPROVED).count();
        long worsened = movements.stream().filter(m -> m == Movement.WORSENED).count();
        long reasons = movements.stream().filter(m -> m == Movement.REASONS).count();
        long unchanged = movements.stream().filter(m -> m == Movement.UNCHANGED).count();
        List<String> parts = new ArrayList<>();
        long changed = improved + worsened;
        parts.add(changed == 0 ? "No criterion changed status"
                : criteria(changed) + " changed status (" + (improved == 0 ? "none" : improved) + " improved, "
                        + (worsened == 0 ? "none" : worsened) + " worsened)");
        if (reasons > 0) {
            parts.add(criteria(reasons) + " kept " + (reasons == 1 ? "its" : "their") + " status for changed reasons");
        }
        if (unchanged > 0) {
            parts.add(criteria(unchanged) + (unchanged == 1 ? " is" : " are") + " unchanged");
        }
        return String.join("; ", parts) + ".";
    }

    private static String criteria(long n) {
        return n + (n == 1 ? " criterion" : " criteria");
    }

    /** The blocking criteria not MET on one side, titled: "NOT MET: A; B · UNKNOWN: none". */
    public String blocking(AssessmentDiff.Side side) {
        if (side.verdict() == Verdict.GO) {
            return "none: every blocking criterion is MET";
        }
        return "NOT MET: " + Words.list(titles(side.notMet())) + " · UNKNOWN: " + Words.list(titles(side.unknown()));
    }

    /** Every criterion, those whose status changed first, then those with changed reasons, then the rest, each in declaration order. */
    public List<Row> rows() {
        return diff.criteria().stream().map(m -> new Row(m, Movement.of(m)))
                .sorted(Comparator.comparingInt(r -> r.movement().statusChanged() ? 0 : r.movement() == Movement.REASONS ? 1 : 2))
                .toList();
    }

    /** The criteria that gained or lost findings, in declaration order. */
    public List<CriterionMove> moved() {
        return diff.criteria().stream().filter(m -> !m.gained().isEmpty() || !m.lost().isEmpty()).toList();
    }

    /** One field's change as written in the fact files: {@code scope: energy-infrastructure → partial}. */
    public static String change(FieldChange change) {
        return change.field() + ": " + Words.written(change.from()) + " → " + Words.written(change.to());
    }

    /** A changed fact's or source's fields, one change each. */
    public static List<String> changes(List<FieldChange> fields) {
        return fields.stream().map(DiffBriefing::change).toList();
    }

    /** What an added or removed fact states. */
    public static String stated(FactChange change) {
        var fact = change.after() != null ? change.after() : change.before();
        String fields = Words.fields(fact);
        return fields.isEmpty() ? "no fields" : fields;
    }

    /** What an added or removed source is: "B2, 2025-04-15: Communiqué … — Government of Türkiye". */
    public static String described(SourceChange change) {
        var source = change.after() != null ? change.after() : change.before();
        return source.grade() + ", " + source.date() + ": " + source.title() + (source.publisher() == null ? "" : " — " + source.publisher());
    }

    public static String kind(FactChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }

    public static String symbol(FactChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
        };
    }

    /** A criterion's title, or its id when neither side judged it. */
    public String title(String criterionId) {
        return diff.criteria().stream().filter(m -> m.criterion().id().equals(criterionId)).findFirst()
                .map(m -> m.criterion().title()).orElse(criterionId);
    }

    private List<String> titles(List<String> ids) {
        return ids.stream().map(this::title).collect(Collectors.toList());
    }

    /** One criterion in the diff's table. */
    public record Row(CriterionMove move, Movement movement) {
    }
}
