package org.readiness.cli;

import java.time.Duration;
import org.readiness.engine.CounterfactualOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The bounds of the counterfactual search that every NO-GO assessment carries, for one run. */
public final class SearchOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--no-counterfactual", description = "Do not compute what would have to change for a GO.")
    boolean off;

    private Integer maxEdits;
    private Integer maxVariations;
    private Duration time;

    @Option(names = "--max-edits", paramLabel = "N",
            description = "Counterfactual: consider at most N fact edits (default: " + CounterfactualOptions.DEFAULT_MAX_EDITS + ").")
    void maxEdits(int n) {
        maxEdits = positive("--max-edits", n);
    }

    @Option(names = "--max-variations", paramLabel = "N",
            description = "Counterfactual: evaluate at most N variations of the fact set per search (default: " + CounterfactualOptions.DEFAULT_MAX_VARIATIONS + ").")
    void maxVariations(int n) {
        maxVariations = positive("--max-variations", n);
    }

    @Option(names = "--search-time", paramLabel = "SECONDS",
            description = "Counterfactual: stop searching after this long, saying so (default: " + CounterfactualOptions.DEFAULT_TIME_BUDGET_SECONDS + ").")
    void searchTime(double seconds) {
        long nanos = (long) (seconds * 1e9);
        if (nanos <= 0 || seconds > 86_400) { // a positive number may still round to no time at all
            throw new ParameterException(spec.commandLine(), "--search-time takes a number of seconds above 0, not " + seconds);
        }
        time = Duration.ofNanos(nanos);
    }

    private int positive(String option, int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), option + " takes a whole number from 1, not " + n);
        }
        return n;
    }

    CounterfactualOptions apply(CounterfactualOptions base) {
        CounterfactualOptions bounded = base.withBounds(maxEdits == null ? base.maxEdits() : maxEdits,
                maxVariations == null ? base.maxVariations() : maxVariations, time == null ? base.timeBudget() : time);
        return off ? bounded.disabled() : bounded;
    }
}
