package org.readiness.engine;

import java.time.Clock;
import java.time.Duration;
import org.readiness.model.EvidencePolicy;

/**
 * How an evaluation runs.
 *
 * @param evidencePolicy how good evidence must be to make a criterion MET; null for the rule set's own
 * @param maxFirings     more rule firings than this for one fact set means the rules loop
 * @param timeLimit      an evaluation taking longer than this is stopped
 * @param clock          stamps {@code evaluatedAt}; fixed in tests so that output can be compared
 * @param counterfactual whether and within which bounds a NO-GO gets its counterfactual
 */
public record EvaluationOptions(EvidencePolicy evidencePolicy, int maxFirings, Duration timeLimit, Clock clock,
                                CounterfactualOptions counterfactual) {

    /**
     * The shipped rules fire a few dozen times per fact set: ten thousand leaves room for large rule sets
     * and still stops a loop within milliseconds.
     */
    public static final EvaluationOptions DEFAULT =
            new EvaluationOptions(null, 10_000, Duration.ofSeconds(5), Clock.systemUTC(), CounterfactualOptions.DEFAULT);

    public EvaluationOptions {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    public EvaluationOptions withEvidencePolicy(EvidencePolicy policy) {
        return new EvaluationOptions(policy, maxFirings, timeLimit, clock, counterfactual);
    }

    public EvaluationOptions withClock(Clock newClock) {
        return new EvaluationOptions(evidencePolicy, maxFirings, timeLimit, newClock, counterfactual);
    }

    public EvaluationOptions withLimits(int firings, Duration time) {
        return new EvaluationOptions(evidencePolicy, firings, time, clock, counterfactual);
    }

    public EvaluationOptions withCounterfactual(CounterfactualOptions options) {
        return new EvaluationOptions(evidencePolicy, maxFirings, timeLimit, clock, options);
    }
}
