package org.readiness.check;

import org.readiness.model.Problem;

/**
 * One finding of {@code readiness check}: a problem with its stable code and place, how serious it is,
 * and for analysis findings an example fact file that reproduces it.
 *
 * @param example a complete fact file (YAML) to paste and run; null when the finding has none
 */
public record Diagnostic(Severity severity, Problem problem, String example) {

    public static Diagnostic error(Problem problem) {
        return new Diagnostic(Severity.ERROR, problem, null);
    }

    public static Diagnostic warning(Problem problem) {
        return new Diagnostic(Severity.WARNING, problem, null);
    }
}
