package org.readiness.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;

/** Gathers every problem in a document so that authors see them all at once, sorted by place. */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    public void add(ProblemCode code, Location location, String path, String message, String hint) {
        problems.add(new Problem(code, location, path, message, hint));
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public int size() {
        return problems.size();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The value, or the problems that explain its absence (at least one was added when it went missing). */
    public <T> T orThrow(java.util.Optional<T> value) {
        if (value.isEmpty()) {
            throwIfAny();
            throw new IllegalStateException("a value went missing without a problem being reported");
        }
        return value.get();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((Problem p) -> p.location().file())
                    .thenComparingInt(p -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new ProblemException(problems);
        }
    }
}
