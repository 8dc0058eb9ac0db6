package org.readiness.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections that trickle a request head. Jetty's idle timeout only bounds the gap between two
 * bytes, so a client sending one byte every few seconds (slowloris) would keep a connection for ever; this
 * bounds the whole head instead: once bytes of a new request have arrived, its head must be complete (the
 * request reach the service) within the request timeout. Connections that send nothing are the idle
 * timeout's; bodies are the service's own time limit (408).
 *
 * <p>A connection's state is watched from outside, every half second, through public Jetty API only: the
 * time of its last activity tells whether bytes came in since its last request ended.
 */
final class SlowClientGuard extends AbstractLifeCycle implements Connection.Listener {

    private static final long SWEEP_MS = 500;

    /**
     * One connection's state, changed under its own lock: a sweep must not mark a head as seen after the
     * request it saw has begun and ended (the mark would then outlive it, and cut off the next request's
     * head once the connection had been idle for the timeout).
     */
    private static final class Watch {
        int busy;
        /** When the last request ended (or the connection opened): bytes after this start a new head. */
        long since = System.nanoTime();
        /** When a sweep first saw a head in progress; 0 when none is. */
        long headSeen;
    }

    private final Map<EndPoint, Watch> watches = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private final long limitNanos;
    private final Metrics metrics;
    private volatile Scheduler.Task task;

    SlowClientGuard(Scheduler scheduler, Duration limit, Metrics metrics) {
        this.scheduler = scheduler;
        this.limitNanos = limit.toNanos();
        this.metrics = metrics;
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task pending = task;
        if (pending != null) {
            pending.cancel();
        }
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            task = scheduler.schedule(this::sweep, SWEEP_MS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        watches.put(connection.getEndPoint(), new Watch());
    }

    @Override
    public void onClosed(Connection connection) {
        watches.remove(connection.getEndPoint());
    }

    /** A request's head is in: the service has it. */
    void begin(EndPoint endPoint) {
        Watch watch = watches.get(endPoint);
        if (watch != null) {
            synchronized (watch) {
                watch.busy++;
                watch.headSeen = 0;
            }
        }
    }

    /** A request has been answered: what arrives next is a new head. */
    void end(EndPoint endPoint) {
        Watch watch = watches.get(endPoint);
        if (watch != null) {
            synchronized (watch) {
                watch.since = System.nanoTime();
                watch.headSeen = 0;
                watch.busy--;
            }
        }
    }

    /** True when a head has been arriving, with no request begun, since a sweep at least the limit ago. */
    private boolean trickledTooLong(Watch watch, IdleTimeout idle, long now) {
        synchronized (watch) {
            if (watch.busy > 0) {
                return false;
            }
            long lastActivity = now - TimeUnit.MILLISECONDS.toNanos(idle.getIdleFor());
            if (lastActivity <= watch.since + TimeUnit.MILLISECONDS.toNanos(1)) {
                return false; // nothing since the last request ended: idle, not a head in progress
            }
            if (watch.headSeen == 0) {
                watch.headSeen = now;
                return false;
            }
            return now - watch.headSeen > limitNanos;
        }
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            watches.forEach((endPoint, watch) -> {
                if (!(endPoint instanceof IdleTimeout idle) || !trickledTooLong(watch, idle, now)) {
                    return;
                }
                watches.remove(endPoint);
                metrics.slowClientClosed();
                // A 408 if Jetty answers anything as it closes (it may have parsed the request line): the
                // head timed out, the client's doing, not a server error.
                endPoint.close(new HttpException.RuntimeException(HttpStatus.REQUEST_TIMEOUT_408,
                        "the request head did not arrive within the request timeout"));
            });
        } finally {
            schedule();
        }
    }
}
