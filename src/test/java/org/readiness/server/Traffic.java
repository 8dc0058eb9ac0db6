package org.readiness.server;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests posted back to back on a thread of their own while a test does something else: what came back. */
final class Traffic implements AutoCloseable {

    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> rulesHashes = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile Throwable failure;

    private Traffic(TestServer http, Path facts) {
        thread = new Thread(() -> {
            try {
                while (running.get()) {
                    HttpResponse<String> response = http.postFile("/v1/assessments", facts);
                    statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    if (response.statusCode() == 200) {
                        String hash = TestServer.json(response).at("/record/rulesHash").asText();
                        rulesHashes.computeIfAbsent(hash, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            } catch (Throwable e) {
                failure = e;
            }
        }, "test-traffic");
        thread.start();
    }

    static Traffic of(TestServer http, Path facts) {
        return new Traffic(http, facts);
    }

    int answered(int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    /** Stops and waits; rethrows what the client thread failed with, if anything. */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
        if (failure != null) {
            throw new AssertionError("the traffic thread failed", failure);
        }
    }
}
