package org.readiness.model;

import java.util.List;

/**
 * The one exception Readiness throws for bad input: it carries every problem found, not just the first,
 * so that authors fix them in one pass.
 */
public final class ProblemException extends RuntimeException {

    private final transient List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.get(0).toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ProblemException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when a file could not be read at all (exit 4), rather than read and found wrong (exit 3). */
    public boolean io() {
        return problems.stream().anyMatch(p -> p.code().io());
    }
}
