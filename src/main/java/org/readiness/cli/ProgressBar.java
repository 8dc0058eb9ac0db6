package org.readiness.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.readiness.engine.SweepProgress;

/**
 * A progress bar on standard error, for runs long enough to wonder about: drawn only on a terminal, only
 * once a second has passed, redrawn at most ten times a second, and wiped when the run ends so that the
 * terminal shows only the report. Standard output never sees it.
 */
final class ProgressBar implements SweepProgress {

    private static final long SECOND = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final long start;
    private long drawnAt;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean enabled, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public synchronized void advanced(long done, long total) {
        long now = nanoTime.getAsLong();
        if (!enabled || now - start < SECOND || (drawn && now - drawnAt < SECOND / 10 && done < total)) {
            return;
        }
        int filled = (int) (WIDTH * done / Math.max(1, total));
        err.print(String.format(Locale.ROOT, "\rsweep [%s%s] %3d%%  %,d of %,d cases", "#".repeat(filled),
                " ".repeat(WIDTH - filled), 100 * done / Math.max(1, total), done, total));
        err.flush();
        drawn = true;
        drawnAt = now;
    }

    /** Wipes the bar, if one was drawn. */
    synchronized void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
