package org.readiness.report.briefing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionKind;
import org.readiness.model.Fact;
import org.readiness.model.Source;
import org.readiness.model.Status;
import org.readiness.model.Verdict;

/**
 * The words and symbols briefings use, in one place so that HTML and Markdown say the same thing. Status
 * is always a word and a symbol, never colour alone: briefings are printed in grey and read by people who
 * do not tell red from green.
 */
public final class Words {

    private Words() {
    }

    public static String status(Status status) {
        return switch (status) {
            case MET -> "MET";
            case NOT_MET -> "NOT MET";
            case UNKNOWN -> "UNKNOWN";
        };
    }

    public static String symbol(Status status) {
        return switch (status) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case UNKNOWN -> "?";
        };
    }

    /** A CSS class name: {@code met}, {@code not-met}, {@code unknown}. */
    public static String css(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String verdict(Verdict verdict) {
        return verdict == Verdict.GO ? "GO" : "NO-GO";
    }

    public static String symbol(Verdict verdict) {
        return verdict == Verdict.GO ? "✓" : "✗";
    }

    public static String css(Verdict verdict) {
        return verdict == Verdict.GO ? "go" : "no-go";
    }

    /** A finding's mark: weak evidence for MET is marked apart, as it cannot count. */
    public static String symbol(Conclusion conclusion, boolean weak) {
        return conclusion == Conclusion.NOT_MET ? "✗" : weak ? "~" : "✓";
    }

    public static String conclusion(Conclusion conclusion, boolean weak) {
        return conclusion == Conclusion.NOT_MET ? "NOT MET" : weak ? "MET, on weak evidence" : "MET";
    }

    public static String heading(CriterionKind kind) {
        return kind == CriterionKind.PRECONDITION ? "Preconditions" : "Practical steps";
    }

    /** What a group of criteria counts for in the verdict. */
    public static String note(CriterionKind kind) {
        return kind == CriterionKind.PRECONDITION ? "blocking: each must be MET for GO" : "advisory: judged, but do not block";
    }

    /** "blocking" or "advisory" for a criterion that departs from its kind's rule; else null. */
    public static String exception(Criterion criterion) {
        if (criterion.blocking() == (criterion.kind() == CriterionKind.PRECONDITION)) {
            return null;
        }
        return criterion.blocking() ? "blocking" : "advisory";
    }

    /** "precondition, blocking", "step, advisory". */
    public static String role(Criterion criterion) {
        return (criterion.kind() == CriterionKind.PRECONDITION ? "precondition" : "practical step")
                + ", " + (criterion.blocking() ? "blocking" : "advisory");
    }

    /** A fact's fields as its author wrote them: {@code scope: energy-infrastructure, agreedBy: one-side}. */
    public static String fields(Fact fact) {
        return fact.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** "B2: usually reliable, probably true". */
    public static String grade(Source source) {
        return source.grade() + ": " + source.reliability().meaning() + ", " + source.credibility().meaning();
    }

    /** An evaluation time to the second, in UTC: {@code 2025-03-21T12:00:00Z}. */
    public static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Items joined by semicolons, as criterion titles may hold commas ("Clear, achievable mandate"). */
    public static String list(List<String> items) {
        return items.isEmpty() ? "none" : String.join("; ", items);
    }
}
