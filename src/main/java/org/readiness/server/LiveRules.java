package org.readiness.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.readiness.Readiness;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules the service evaluates with, swapped whole when their files change. A request reads
 * {@link #state()} once and keeps that snapshot to the end, so it finishes on the rules it started with; a
 * reload that fails keeps the last good rules and records why.
 */
final class LiveRules {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    /**
     * One immutable snapshot.
     *
     * @param readiness the compiled rules; null until the first load succeeds
     * @param failure   the problems of the latest reload when it failed (the previous rules still serve)
     */
    record State(Readiness readiness, Instant loadedAt, Failure failure) {
    }

    record Failure(Instant at, List<Problem> problems) {
        Failure {
            problems = List.copyOf(problems);
        }
    }

    /** What a load did. */
    enum Outcome { LOADED, UNCHANGED, FAILED }

    private final Path directory;
    private final Function<Path, Readiness> loader;
    private final Clock clock;
    private final Metrics metrics;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, null));

    LiveRules(Path directory, Function<Path, Readiness> loader, Clock clock, Metrics metrics) {
        this.directory = directory;
        this.loader = loader;
        this.clock = clock;
        this.metrics = metrics;
    }

    State state() {
        return state.get();
    }

    Path directory() {
        return directory;
    }

    /**
     * Compiles the rule files as they are now and swaps them in, unless they are the ones serving already.
     * Only the watcher thread and start-up call this, never two at once.
     */
    Outcome load() {
        State before = state.get();
        Instant at = clock.instant();
        Readiness loaded;
        try {
            loaded = loader.apply(directory);
        } catch (ProblemException e) {
            state.set(new State(before.readiness(), before.loadedAt(), new Failure(at, e.problems())));
            metrics.reloadFailed();
            if (before.readiness() != null) {
                // At start the caller reports the problems (the command line prints them and exits 3).
                LOG.warn("rules in {} not reloaded ({} problem{}); still serving {}", directory, e.problems().size(),
                        e.problems().size() == 1 ? "" : "s", before.readiness().rules().hash());
                e.problems().stream().limit(20).forEach(p -> LOG.warn("  {}", p));
            }
            return Outcome.FAILED;
        }
        if (before.readiness() != null && before.readiness().rules().hash().equals(loaded.rules().hash())) {
            if (before.failure() != null) {
                state.set(new State(before.readiness(), before.loadedAt(), null));
                LOG.info("rules in {} are valid again, unchanged: {}", directory, loaded.rules().hash());
            }
            return Outcome.UNCHANGED;
        }
        state.set(new State(loaded, at, null));
        metrics.reloaded();
        LOG.info("rules loaded from {}: {} ({} rules)", directory, loaded.rules().hash(), loaded.rules().rules().size());
        return Outcome.LOADED;
    }
}
