package org.readiness.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of request bodies held in memory at once, across all connections ({@code --max-body-total}).
 * Bodies are read whole before their evaluation, and a connection is cheap, so without this many clients
 * each sending a body just under {@code --max-body}, slowly, would add up to more memory than the heap:
 * each buffer is paid for here as it grows, and a body that would go beyond the budget is refused (503)
 * rather than queued, since what holds the budget is exactly what is slow to finish.
 */
final class BodyBudget {

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** Takes {@code bytes} from the budget, or nothing and false when they would take it past the limit. */
    boolean reserve(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long held() {
        return held.get();
    }

    long limit() {
        return limit;
    }
}
