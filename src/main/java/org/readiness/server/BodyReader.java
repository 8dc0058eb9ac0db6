package org.readiness.server;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body whole without holding a thread while it arrives: each time content is there it
 * takes what it can, then asks to be called again. Stops once the future is completed from outside (the
 * time limit), leaving the rest unread for Jetty to discard with the connection.
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

    /** How much more than the limit is read and dropped so that the client hears the 413. */
    static final int DISCARD_FACTOR = 4;

    private final Content.Source source;
    private final int max;
    private final long discardUpTo;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[8192];
    private long length;
    private volatile boolean over;

    private BodyReader(Content.Source source, int max) {
        this.source = source;
        this.max = max;
        this.discardUpTo = (long) max * DISCARD_FACTOR;
    }

    /** Starts reading; {@code declaredLength} is the Content-Length, or -1. */
    static BodyReader start(Content.Source source, int max, long declaredLength) {
        BodyReader reader = new BodyReader(source, max);
        if (declaredLength > reader.discardUpTo) {
            reader.over = true;
            reader.result.completeExceptionally(new TooLarge());
        } else {
            reader.run();
        }
        return reader;
    }

    CompletableFuture<byte[]> result() {
        return result;
    }

    /** True once more than the limit has arrived (or was announced): the answer is 413, whatever else happens. */
    boolean tooLarge() {
        return over;
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
                    over = true;
                    if (chunk.isLast() || length > discardUpTo) {
                        result.completeExceptionally(new TooLarge());
                        return;
                    }
                    continue;
                }
                if (length > buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(max, Math.max(buffer.length * 2L, length)));
                }
                chunk.getByteBuffer().get(buffer, (int) length - size, size);
                if (chunk.isLast()) {
                    result.complete(Arrays.copyOf(buffer, (int) length));
                    return;
                }
            } finally {
                chunk.release();
            }
        }
    }
}
