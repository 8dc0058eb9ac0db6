package org.readiness.check;

import org.readiness.model.Problem;

/**
 * One finding of {@code readiness check}: a problem with its stable code and place, how serious it is,
 * and for analysis findings an example fact file that reproduces it.
 *
 * @param example     a complete fact file (YAML) to paste and run; null when the finding has none
 * @param explanation why the rule file says the finding is intended (severity NOTE); null otherwise
 */
public record Diagnostic(Severity severity, Problem problem, String example, String explanation) {

    public static Diagnostic error(Problem problem) {
        return new Diagnostic(Severity.ERROR, problem, null, null);
    }

    public static Diagnostic warning(Problem problem) {
        return new Diagnostic(Severity.WARNING, problem, null, null);
    }

    /** A warning with an example; a note when the rule file explains it. */
    static Diagnostic finding(Problem problem, String example, String explanation) {
        return new Diagnostic(explanation == null ? Severity.WARNING : Severity.NOTE, problem, example, explanation);
    }
}
