package org.readiness.check;

import java.util.Locale;

/** How serious a finding of {@code readiness check} is; any error or warning makes the check fail (exit 1). */
public enum Severity {
    /** The input is wrong: a fact file, test or rule that would be refused. */
    ERROR,
    /** The input loads, but something in it is likely a mistake: lint and analysis findings. */
    WARNING,
    /** An analysis finding the rule file explains ({@code @gap("…")}, {@code @conflict("…")}): shown, not failed. */
    NOTE;

    /** As SARIF and the JSON report spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
