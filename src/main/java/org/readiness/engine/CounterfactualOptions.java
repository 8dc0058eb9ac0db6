package org.readiness.engine;

import java.time.Duration;

/**
 * Bounds of the counterfactual search ("what would have to change for a GO").
 *
 * <p>The answer depends only on the fact set, the rules and these bounds: the search explores edit sets
 * in a fixed order and counts its work in variations evaluated, not in time. The time budget is a guard
 * for pathological rule sets on slow machines; when it cuts a search, the assessment says so
 * ({@code complete: false, stoppedBy: "time"}) rather than passing off a possibly different answer.
 *
 * @param enabled       compute it for every NO-GO (on by default)
 * @param maxEdits      consider edit sets of at most this many edits
 * @param maxVariations evaluate at most this many variations of the fact set per search
 * @param timeBudget    stop every search once this much wall-clock time has passed
 */
public record CounterfactualOptions(boolean enabled, int maxEdits, int maxVariations, Duration timeBudget) {

    /**
     * The article's fact set needs 17 edits and 29 variations; 24 edits and 50,000 variations per search
     * leave room for larger rule sets and fact sets, and still finish well within the time budget.
     */
    public static final int DEFAULT_MAX_EDITS = 24;
    public static final int DEFAULT_MAX_VARIATIONS = 50_000;
    public static final int DEFAULT_TIME_BUDGET_SECONDS = 10;
    public static final CounterfactualOptions DEFAULT = new CounterfactualOptions(true, DEFAULT_MAX_EDITS,
            DEFAULT_MAX_VARIATIONS, Duration.ofSeconds(DEFAULT_TIME_BUDGET_SECONDS));

    public CounterfactualOptions {
        if (maxEdits < 1) {
            throw new IllegalArgumentException("the edit bound must be at least 1");
        }
        if (maxVariations < 1) {
            throw new IllegalArgumentException("the variation bound must be at least 1");
        }
        if (timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive");
        }
    }

    public CounterfactualOptions disabled() {
        return new CounterfactualOptions(false, maxEdits, maxVariations, timeBudget);
    }

    public CounterfactualOptions withBounds(int edits, int variations, Duration time) {
        return new CounterfactualOptions(enabled, edits, variations, time);
    }
}
