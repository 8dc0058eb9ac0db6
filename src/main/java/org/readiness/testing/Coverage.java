package org.readiness.testing;

import java.util.List;
import java.util.Locale;
import org.readiness.model.RuleInfo;

/**
 * Which rules the cases fired: a rule no case fires is a rule no test checks.
 *
 * @param rules    how many rules the rule set has
 * @param notFired the rules no case fired, in file and line order
 */
public record Coverage(int rules, List<RuleInfo> notFired) {

    public Coverage {
        notFired = List.copyOf(notFired);
    }

    public int fired() {
        return rules - notFired.size();
    }

    /** The share of rules fired, 0 to 100; 100 for a rule set without rules. */
    public double percent() {
        return rules == 0 ? 100.0 : 100.0 * fired() / rules;
    }

    /** One decimal, without a trailing {@code .0}: {@code 94.6}, {@code 100}. */
    public String percentText() {
        return format(percent());
    }

    static String format(double percent) {
        String text = String.format(Locale.ROOT, "%.1f", Math.floor(percent * 10) / 10);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
