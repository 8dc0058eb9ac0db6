package org.readiness.engine;

import java.time.Duration;
import org.kie.api.runtime.KieSession;

/**
 * An evaluation's time limit, checked after each firing: once it has passed, the session halts. A rule
 * that loops without end is caught by the firing limit; one whose conditions are merely slow by this.
 */
final class Deadline {

    private final KieSession session;
    private final long at;
    private boolean passed;

    Deadline(KieSession session, Duration limit) {
        this.session = session;
        this.at = System.nanoTime() + limit.toNanos();
    }

    /** Halts the session if the limit has passed. */
    void check() {
        if (!passed && System.nanoTime() - at > 0) {
            passed = true;
            session.halt();
        }
    }

    boolean passed() {
        return passed;
    }
}
