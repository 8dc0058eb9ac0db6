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

    /** "1 edit", "17 edits". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Items as a sentence joins them: "A", "A and B", "A, B and C". */
    public static String and(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * A fact as a reader names it: its type in words, then its key values, {@code Support[party=US]} as
     * "Support (US)", {@code PublicOpinion[country=US,topic=troop-deployment]} as "Public opinion (US,
     * troop-deployment)". Key values are the author's free text and stay as written; only the key names
     * the id was built with ({@code party=}) are left out.
     */
    public static String fact(String id, String type) {
        String name = identifier(type, true);
        if (id.equals(type)) {
            return name;
        }
        String rest = id.startsWith(type) ? id.substring(type.length()) : id;
        if (!rest.startsWith("[") || !rest.endsWith("]")) {
            return name + " " + rest;
        }
        StringBuilder out = new StringBuilder(name.length() + rest.length()).append(name).append(" (");
        int end = rest.length() - 1;
        int i = 1;
        while (i <= end) {
            int key = keyLength(rest, i, end);
            int value = key > 0 ? i + key + 1 : i;
            int next = value;
            while (next < end && !(rest.charAt(next) == ',' && keyLength(rest, next + 1, end) > 0)) {
                next++;
            }
            out.append(i == 1 ? "" : ", ").append(rest, value, next);
            i = next + 1;
        }
        return out.append(')').toString();
    }

    /** The length of a field name followed by {@code =} at {@code from} (a key pair of a fact id), or 0. */
    private static int keyLength(String id, int from, int end) {
        int i = from;
        while (i < end && (Character.isLetterOrDigit(id.charAt(i)) || id.charAt(i) == '_')
                && (i > from || !Character.isDigit(id.charAt(i)))) {
            i++;
        }
        return i > from && i < end && id.charAt(i) == '=' ? i - from : 0;
    }

    /** A declared field in words: {@code agreedBy} is "agreed by", {@code forceReadiness} "force readiness". */
    public static String field(String name) {
        return identifier(name, false);
    }

    /**
     * One of a field's declared values in words: {@code energy-infrastructure} is "energy infrastructure",
     * true is "yes"; an unknown value is "not stated". Only for declared values (enums, Booleans, numbers,
     * dates): free text is shown as written ({@link #written}).
     */
    public static String choice(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return value.toString().replace('-', ' ');
    }

    /** A value as its author wrote it (lists of source ids joined); "not stated" when absent. */
    public static String written(Object value) {
        if (value == null) {
            return "not stated";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /**
     * camelCase and PascalCase as lower-case words, acronyms kept: {@code PublicOpinion} is "Public
     * opinion", {@code USBacking} "US backing". One pass, no regular expressions: a briefing names
     * dozens of fields.
     */
    private static String identifier(String name, boolean capitalised) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            boolean boundary = i == name.length() || name.charAt(i) == '_' || isWordStart(name, i);
            if (boundary) {
                if (i > start) {
                    String word = name.substring(start, i);
                    boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
                    String shown = acronym ? word : word.toLowerCase(Locale.ROOT);
                    if (out.length() == 0 && capitalised) {
                        shown = Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
                    }
                    out.append(out.length() == 0 ? "" : " ").append(shown);
                }
                start = i < name.length() && name.charAt(i) == '_' ? i + 1 : i;
            }
        }
        return out.toString();
    }

    /** A capital after a lower-case letter or digit, or the last capital of an acronym before a lower-case letter. */
    private static boolean isWordStart(String name, int i) {
        char c = name.charAt(i);
        char before = name.charAt(i - 1);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        return Character.isLowerCase(before) || Character.isDigit(before)
                || Character.isUpperCase(before) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }
}
