package org.readiness.server;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body whole without holding a thread while it arrives: each time content is there it
 * takes what it can, then asks to be called again. Stops once the future is completed from outside (the
 * time limit), leaving the rest unread for Jetty to discard with the connection.
 *
 * <p>Its buffer is paid for from the {@link BodyBudget} as it grows (exactly the announced length when
 * there is one, so no copy is made), and given back by {@link #release} when the request is over.
 *
 * <p>Past the size limit it keeps reading, and drops what it reads, up to a few times the limit before it
 * completes with {@link TooLarge}: a client still sending when the server answers and closes would get a
 * reset that can destroy the 413 before the client reads it.
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

    /** How much more than the limit is read and dropped so that the client hears the 413. */
    static final int DISCARD_FACTOR = 4;
    /** The first buffer for a body of unknown length (chunked): most fact sets fit. */
    static final int FIRST_BUFFER = 8192;

    private final Content.Source source;
    private final int max;
    private final long discardUpTo;
    private final BodyBudget budget;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[0];
    private long reserved;
    private boolean released;
    private long length;
    private volatile boolean over;

    private BodyReader(Content.Source source, int max, BodyBudget budget) {
        this.source = source;
        this.max = max;
        this.discardUpTo = (long) max * DISCARD_FACTOR;
        this.budget = budget;
    }

    /** Starts reading; {@code declaredLength} is the Content-Length, or -1. */
    static BodyReader start(Content.Source source, int max, long declaredLength, BodyBudget budget) {
        BodyReader reader = new BodyReader(source, max, budget);
        if (declaredLength > max) {
            // Announced too large: nothing is kept, and far too large is not even read.
            reader.over = true;
            if (declaredLength > reader.discardUpTo) {
                reader.result.completeExceptionally(new TooLarge());
                return reader;
            }
        } else if (!reader.grow(declaredLength >= 0 ? (int) declaredLength : Math.min(max, FIRST_BUFFER))) {
            return reader;
        }
        reader.run();
        return reader;
    }

    CompletableFuture<byte[]> result() {
        return result;
    }

    /** True once more than the limit has arrived (or was announced): the answer is 413, whatever else happens. */
    boolean tooLarge() {
        return over;
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
                if (over || length > max) {
                    over = true;
                    if (chunk.isLast() || length > discardUpTo) {
                        result.completeExceptionally(new TooLarge());
                        return;
                    }
                    continue;
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
