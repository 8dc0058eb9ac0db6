package org.readiness.report.briefing;

import java.util.Locale;
import org.readiness.model.CriterionMove;
import org.readiness.model.Status;

/**
 * How a criterion moved between two assessments, in a word and a symbol as well as a colour: a diff is
 * printed in grey and read by people who do not tell red from green, as a briefing is.
 */
public enum Movement {
    /** Its status rose: NOT MET to UNKNOWN or MET, UNKNOWN to MET. */
    IMPROVED("↑", "improved"),
    /** Its status fell. */
    WORSENED("↓", "worsened"),
    /** The same status, for other reasons: findings gained or lost. */
    REASONS("~", "same status, reasons changed"),
    UNCHANGED("=", "unchanged");

    private final String symbol;
    private final String word;

    Movement(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public static Movement of(CriterionMove move) {
        int from = rank(move.from());
        int to = rank(move.to());
        if (to != from) {
            return to > from ? IMPROVED : WORSENED;
        }
        return move.moved() ? REASONS : UNCHANGED;
    }

    /** Evidence against is furthest from MET; no good evidence either way is nearer. */
    private static int rank(Status status) {
        return switch (status) {
            case NOT_MET -> 0;
            case UNKNOWN -> 1;
            case MET -> 2;
        };
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }

    /** Whether the status itself changed. */
    public boolean statusChanged() {
        return this == IMPROVED || this == WORSENED;
    }

    /** A CSS class name: {@code improved}, {@code worsened}, {@code reasons}, {@code unchanged}. */
    public String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
