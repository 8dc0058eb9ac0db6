package org.readiness.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.readiness.model.Fact;
import org.readiness.model.Status;

/** Small pieces of text the reports share. */
final class Phrases {

    private Phrases() {
    }

    static String status(TextBlock t, Status status) {
        return switch (status) {
            case MET -> t.green("✓ MET");
            case NOT_MET -> t.red("✗ NOT MET");
            case UNKNOWN -> t.yellow("? UNKNOWN");
        };
    }

    /** A value as fact files write it; a list of ids joined; absent as "unknown". */
    static String value(Object value) {
        if (value == null) {
            return "unknown";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    static String fields(Fact fact) {
        return fact.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * "1 edit", "17 edits". {@code Words.count} says the same in briefings; a text run does not load the
     * briefing classes ({@code BriefingJarIT}), so the text reports keep their own.
     */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "sha256:40278178f2a8": hashes are long, and their first twelve digits tell two apart. */
    static String shortHash(String hash) {
        return hash.length() > 19 ? hash.substring(0, 19) : hash;
    }

    /** A probability as a percentage, with more digits when it is small but not zero. */
    static String percent(double p) {
        if (p < 1e-9 || p > 1 - 1e-9) {
            return Math.round(p * 100) + "%";
        }
        return String.format(Locale.ROOT, p < 0.001 || p > 0.999 ? "%.3f%%" : "%.1f%%", p * 100);
    }
}
