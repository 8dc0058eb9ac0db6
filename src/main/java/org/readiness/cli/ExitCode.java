package org.readiness.cli;

import org.readiness.model.ProblemException;
import org.readiness.model.Verdict;

/** Every exit status the command line uses, named once (README: "Exit codes"). */
public enum ExitCode {
    /** GO; all tests passed; check found nothing. */
    OK(0),
    /** NO-GO; a test failed; check found problems. */
    NO_GO(1),
    /** The command line itself is wrong: unknown option, missing argument. */
    USAGE(2),
    /** The rules or facts are invalid: one message per problem, with file and line. */
    INVALID_INPUT(3),
    /** A file could not be read or written. */
    IO_ERROR(4),
    /** A bug in Readiness: please report it with the output of --debug. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitCode of(Verdict verdict) {
        return verdict == Verdict.GO ? OK : NO_GO;
    }

    public static ExitCode of(ProblemException problems) {
        return problems.io() ? IO_ERROR : INVALID_INPUT;
    }

    /** With several inputs, the worst outcome decides. */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }
}
