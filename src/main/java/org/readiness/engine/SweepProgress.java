package org.readiness.engine;

/** Told how far a sweep has got; called from the sweep's worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface SweepProgress {

    SweepProgress NONE = (done, total) -> { };

    void advanced(long done, long total);
}
