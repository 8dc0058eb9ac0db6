package org.readiness.server;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads and drops the rest of a request body the service has refused (413, or 503 when the bodies'
 * budget is spent) after the refusal is sent and before the connection closes. A client still sending
 * when the server closes gets a reset, and a reset can destroy the answer before the client reads it
 * (Java's HttpClient, for one, sends the whole body before it reads); drained, the connection closes
 * with nothing unread and the client reads its answer. Nothing is kept: memory stays flat however large
 * the body. The drain ends at the body's end, at the request's time limit, or once nothing has arrived
 * for a moment (a client that stopped to read the answer).
 */
final class BodyDrain implements Runnable {

    /** A client that has sent nothing for this long has stopped sending. */
    static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long CHECK_MS = 100;

    private final Content.Source source;
    private final Scheduler scheduler;
    private final long deadline;
    private final Callback then;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile long lastArrival = System.nanoTime();

    private BodyDrain(Content.Source source, Scheduler scheduler, long deadline, Callback then) {
        this.source = source;
        this.scheduler = scheduler;
        this.deadline = deadline;
        this.then = then;
    }

    /** A callback that, once the refusal is written, drains {@code source} (until {@code deadline}, in nano time) and then completes {@code then}. */
    static Callback after(Content.Source source, Scheduler scheduler, long deadline, Callback then) {
        return Callback.from(() -> {
            BodyDrain drain = new BodyDrain(source, scheduler, deadline, then);
            drain.check();
            drain.run();
        }, then::failed);
    }

    @Override
    public void run() {
        while (!done.get()) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            lastArrival = System.nanoTime();
            boolean end = chunk.isLast() || Content.Chunk.isFailure(chunk);
            chunk.release();
            if (end) {
                finish();
                return;
            }
        }
    }

    private void check() {
        long now = System.nanoTime();
        if (now - deadline > 0 || now - lastArrival > QUIET_NANOS) {
            finish();
        } else if (!done.get()) {
            scheduler.schedule(this::check, CHECK_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void finish() {
        if (done.compareAndSet(false, true)) {
            then.succeeded();
        }
    }
}
