package org.readiness.server;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;

/**
 * Reads a request body whole without holding a thread while it arrives: each time content is there it
 * takes what it can, then asks to be called again. Stops at the size limit (completing with
 * {@link TooLarge}) or once the future is completed from outside (the time limit), leaving the rest unread
 * for Jetty to discard with the connection.
 */
final class BodyReader implements Runnable {

    /** The body is larger than the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("the body is larger than the limit", null, false, false);
        }
    }

    private final Content.Source source;
    private final int max;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private byte[] buffer = new byte[8192];
    private int length;

    private BodyReader(Content.Source source, int max) {
        this.source = source;
        this.max = max;
    }

    static CompletableFuture<byte[]> read(Content.Source source, int max) {
        BodyReader reader = new BodyReader(source, max);
        reader.run();
        return reader.result;
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
                if ((long) length + size > max) {
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                if (length + size > buffer.length) {
                    buffer = Arrays.copyOf(buffer, Math.min(max, Math.max(buffer.length * 2, length + size)));
                }
                chunk.getByteBuffer().get(buffer, length, size);
                length += size;
                if (chunk.isLast()) {
                    result.complete(Arrays.copyOf(buffer, length));
                    return;
                }
            } finally {
                chunk.release();
            }
        }
    }
}
