package org.readiness.server;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body whole without holding a thread while it arrives: each time content is there it
 * takes what it can, then asks to be called again. Stops once the future is completed from outside (the
 * time limit), or as soon as the body is known to be over the size limit or the budget, leaving the rest
 * unread ({@link BodyDrain} drops it after the refusal is sent).
 *
 * <p>Its buffer is paid for from the {@link BodyBudget} as it grows (exactly the announced length when
 * there is one, so no copy is made), and given back by {@link #release} when the request is over.
 */
final class BodyReader implements Runnable {

    /** The body is larger than the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the body is larger than the limit", null, false, false);
        }
    }

    /** Holding the body would take the bodies held at once past {@code --max-body-total}. */
    static final class OverBudget extends RuntimeException {
        OverBudget() {
            super("the bodies held at once would exceed their budget", null, false, false);
        }
    }

    /** The first buffer for a body of unknown length (chunked): most fact sets fit. */
    static final int FIRST_BUFFER = 8192;

    private final Content.Source source;
    private final int max;
    private final BodyBudget budget;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[0];
    private long reserved;
    private boolean released;
    private long length;

    private BodyReader(Content.Source source, int max, BodyBudget budget) {
        this.source = source;
        this.max = max;
        this.budget = budget;
    }

    /** Starts reading; {@code declaredLength} is the Content-Length, or -1. */
    static BodyReader start(Content.Source source, int max, long declaredLength, BodyBudget budget) {
        BodyReader reader = new BodyReader(source, max, budget);
        if (declaredLength > max) {
            // Announced too large: refused before a byte of it is read.
            reader.result.completeExceptionally(new TooLarge());
        } else if (reader.grow(declaredLength >= 0 ? (int) declaredLength : Math.min(max, FIRST_BUFFER))) {
            reader.run();
        }
        return reader;
    }

    CompletableFuture<byte[]> result() {
        return result;
    }

    /** Gives the buffer's bytes back to the budget; the request is over. Called once or more, from any thread. */
    synchronized void release() {
        if (!released) {
            released = true;
            budget.release(reserved);
            reserved = 0;
        }
    }

    /** A buffer of {@code capacity} bytes, paid for; false (and the reader failed) when the budget cannot pay. */
    private synchronized boolean grow(int capacity) {
        long more = capacity - buffer.length;
        if (released || !budget.reserve(more)) {
            result.completeExceptionally(new OverBudget());
            return false;
        }
        reserved += more;
        buffer = Arrays.copyOf(buffer, capacity);
        return true;
    }

    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = source.read();
            if (chunk == null) {
                source.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                result.completeExceptionally(chunk.getFailure());
                return;
            }
            try {
                int size = chunk.remaining();
                length += size;
                if (length > max) {
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                if (length > buffer.length && !grow((int) Math.min(max, Math.max(buffer.length * 2L, length)))) {
                    return;
                }
                chunk.getByteBuffer().get(buffer, (int) length - size, size);
                if (chunk.isLast()) {
                    result.complete(length == buffer.length ? buffer : Arrays.copyOf(buffer, (int) length));
                    return;
                }
            } finally {
                chunk.release();
            }
        }
    }
}
