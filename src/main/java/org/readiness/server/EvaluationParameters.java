package org.readiness.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.readiness.Readiness;
import org.readiness.document.Texts;
import org.readiness.engine.CounterfactualOptions;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Credibility;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Reliability;

/**
 * The query parameters that set how an evaluation runs, as the command line's options do: the evidence
 * policy ({@code maxAge}, {@code minReliability}, {@code minCredibility}) and the counterfactual's bounds
 * ({@code counterfactual}, {@code maxEdits}, {@code maxVariations}, {@code searchTime} in seconds).
 */
final class EvaluationParameters {

    static final Set<String> EVIDENCE = Set.of("maxAge", "minReliability", "minCredibility");
    static final Set<String> COUNTERFACTUAL = Set.of("counterfactual", "maxEdits", "maxVariations", "searchTime");

    private EvaluationParameters() {
    }

    /** {@code names} and {@code more}, for {@link Call#onlyParameters}. */
    static Set<String> union(Set<String> names, Set<String> more) {
        return Stream.concat(names.stream(), more.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The request's rules with the options its parameters ask for; the same object when they ask none.
     *
     * @param base the service's options: its time limits, and the counterfactual bounds a request may narrow
     */
    static Readiness readiness(Call call, EvaluationOptions base) {
        Readiness readiness = call.rules();
        EvaluationOptions options = base.withEvidencePolicy(policy(call, readiness.rules().evidencePolicy()))
                .withCounterfactual(counterfactual(call, base.counterfactual()));
        return options.equals(readiness.options()) ? readiness : readiness.with(options);
    }

    private static EvidencePolicy policy(Call call, EvidencePolicy base) {
        String maxAge = call.single("maxAge");
        String minReliability = call.single("minReliability");
        String minCredibility = call.single("minCredibility");
        if (maxAge == null && minReliability == null && minCredibility == null) {
            return null;
        }
        return new EvidencePolicy(
                maxAge == null ? base.maxAgeDays() : integer("maxAge", maxAge, 0, Integer.MAX_VALUE, "a number of days, 0 or more"),
                minReliability == null ? base.minReliability() : reliability(minReliability),
                minCredibility == null ? base.minCredibility() : Credibility.ofGrade(integer("minCredibility", minCredibility, 1, 6, "a grade from 1 to 6")));
    }

    /** A request may narrow the search, never widen it beyond what the service allows within its timeout. */
    private static CounterfactualOptions counterfactual(Call call, CounterfactualOptions base) {
        String on = call.single("counterfactual");
        String maxEdits = call.single("maxEdits");
        String maxVariations = call.single("maxVariations");
        String searchTime = call.single("searchTime");
        CounterfactualOptions bounded = base.withBounds(
                maxEdits == null ? base.maxEdits() : integer("maxEdits", maxEdits, 1, base.maxEdits(), "a whole number from 1 to " + base.maxEdits()),
                maxVariations == null ? base.maxVariations()
                        : integer("maxVariations", maxVariations, 1, base.maxVariations(), "a whole number from 1 to " + base.maxVariations()),
                searchTime == null ? base.timeBudget() : seconds(searchTime, base.timeBudget()));
        return on == null || flag("counterfactual", on) ? bounded : bounded.disabled();
    }

    static boolean flag(String name, String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "", "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ApiException(HttpError.BAD_PARAMETER,
                    name + " takes true or false, not '" + Texts.abbreviate(value, 20) + "'", null);
        };
    }

    private static Duration seconds(String value, Duration most) {
        double max = most.toNanos() / 1e9;
        try {
            double seconds = Double.parseDouble(value.trim());
            long nanos = (long) (seconds * 1e9);
            if (nanos > 0 && seconds <= max) { // a positive number may still round to no time at all
                return Duration.ofNanos(nanos);
            }
        } catch (NumberFormatException e) {
            // answered below with what was expected
        }
        throw new ApiException(HttpError.BAD_PARAMETER, "searchTime takes a number of seconds above 0 and at most " + max
                + " (the service's limit), not '" + Texts.abbreviate(value, 20) + "'", null);
    }

    private static int integer(String name, String value, int min, int max, String expected) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below with what was expected
        }
        throw new ApiException(HttpError.BAD_PARAMETER, name + " takes " + expected + ", not '" + Texts.abbreviate(value, 20) + "'", null);
    }

    private static Reliability reliability(String value) {
        try {
            return Reliability.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpError.BAD_PARAMETER, "minReliability takes a grade from A to F, not '" + Texts.abbreviate(value, 20) + "'", null);
        }
    }
}
