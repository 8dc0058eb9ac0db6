package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;

/**
 * Before the rules are loaded (503), beyond the concurrency limit (503), rules that run too long (500),
 * beyond the connection limit (wait), beyond the bodies' memory budget (503).
 */
class LimitsTest {

    static final Path SLOW_RULES = Path.of("src/test/resources/bad-input/rules/slow-loop");
    static final Path ONE_CEASEFIRE = Path.of("src/test/resources/bad-input/facts/valid-ceasefire.yaml");

    @Test
    void untilTheFirstRulesAreLoadedOnlyTheProbesAnswer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerConfig config = TestServer.config(Shipped.RULES).withAddress("127.0.0.1", port);
        CountDownLatch compile = new CountDownLatch(1);
        CompletableFuture<ReadinessServer> starting = CompletableFuture.supplyAsync(() -> ReadinessServer.start(config,
                ReadinessServer.evaluationOptions(config), dir -> {
                    try {
                        compile.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return Readiness.load(dir);
                }));
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        try {
            HttpResponse<String> ready = awaitListening(client, base.resolve("/readyz"));
            ServerTest.assertError(ready, 503, "not-ready");
            JsonNode health = TestServer.JSON.readTree(client.send(HttpRequest.newBuilder(base.resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("starting", health.get("status").asText());
            HttpResponse<String> assess = client.send(HttpRequest.newBuilder(base.resolve("/v1/assessments"))
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofFile(Shipped.ARTICLE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            ServerTest.assertError(assess, 503, "not-ready");
        } finally {
            compile.countDown();
        }
        try (ReadinessServer server = starting.get(60, TimeUnit.SECONDS)) {
            assertEquals(200, client.send(HttpRequest.newBuilder(base.resolve("/readyz")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    private static HttpResponse<String> awaitListening(HttpClient client, URI uri) throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("never listened on " + uri);
    }

    @Test
    void beyondTheConnectionLimitNewConnectionsWaitAndIdleOnesAreClosedToMakeRoom() throws Exception {
        ServerConfig config = TestServer.config(Shipped.RULES).withLimits(64 * 1024, Duration.ofSeconds(1), 2).withCapacity(4, 1024 * 1024);
        try (TestServer http = TestServer.start(config)) {
            List<RawClient> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    idle.add(new RawClient(http.base));
                }
                Thread.sleep(300); // accepted: the limit is reached
                long start = System.nanoTime();
                try (RawClient fifth = new RawClient(http.base)) { // the kernel completes the handshake; the service has not accepted it
                    RawClient.Answer answer = fifth.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").answer();
                    double waited = (System.nanoTime() - start) / 1e9;
                    assertEquals(200, answer.status(), answer.head());
                    // Answered once the idle connections were closed at the 1 s request timeout (not the usual 30 s).
                    assertTrue(waited >= 0.5 && waited < 15, "waited for room, then answered: " + waited + " s");
                }
                for (RawClient client : idle) {
                    assertTrue(client.closedByServer(5_000), "an idle connection is closed to make room");
                }
            } finally {
                for (RawClient client : idle) {
                    client.close();
                }
            }
            assertEquals(200, http.postFile("/v1/assessments", Shipped.ARTICLE).statusCode(), "and the service goes on");
        }
    }

    @Test
    void bodiesHeldAtOnceAreBoundedAcrossConnections() throws Exception {
        int maxBody = 64 * 1024;
        ServerConfig config = TestServer.config(Shipped.RULES).withLimits(maxBody, Duration.ofSeconds(5), 2).withCapacity(100, 96 * 1024);
        byte[] padded = padded(40 * 1024);
        try (TestServer http = TestServer.start(config)) {
            RawClient holder = new RawClient(http.base);
            try {
                // A client announces a body of the largest size and sends a little of it: its buffer is held.
                holder.send(RawClient.postHead("/v1/assessments", "application/yaml", maxBody)).send("scenario: x\n");
                awaitHeld(http, maxBody);
                assertEquals(200, http.postFile("/v1/assessments", Shipped.ARTICLE).statusCode(), "a small body still fits");
                JsonNode announced = ServerTest.assertError(http.post("/v1/assessments", "application/yaml", padded), 503, "overloaded");
                assertTrue(announced.get("message").asText().contains("96 KiB at once"), announced.toString());
                HttpRequest chunked = http.request("/v1/assessments").header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded))).build();
                ServerTest.assertError(http.send(chunked), 503, "overloaded");
                awaitHeld(http, maxBody);
            } finally {
                holder.vanish();
            }
            awaitHeld(http, 0);
            HttpResponse<String> fits = http.post("/v1/assessments", "application/yaml", padded);
            assertEquals(200, fits.statusCode(), "with the holder gone, the same body fits: " + fits.body());
            awaitHeld(http, 0);
        }
    }

    /** The article, padded with comment lines to {@code size} bytes: a valid fact set of that size. */
    static byte[] padded(int size) throws java.io.IOException {
        StringBuilder text = new StringBuilder(java.nio.file.Files.readString(Shipped.ARTICLE));
        while (text.length() < size - 80) {
            text.append("# ").append("padding ".repeat(9)).append('\n');
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Waits until the service holds {@code bytes} of request bodies, as its metrics say. */
    static void awaitHeld(TestServer http, long bytes) throws InterruptedException {
        double held = -1;
        for (int i = 0; i < 100; i++) {
            held = PrometheusText.value(http.get("/metrics").body(), "readiness_http_request_body_bytes");
            if (held == bytes) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("body bytes held: " + held + ", expected " + bytes);
    }

    @Test
    void beyondTheConcurrencyLimitIs503AndRulesThatRunTooLongAre500() throws Exception {
        ServerConfig config = TestServer.config(SLOW_RULES).withLimits(64 * 1024, Duration.ofSeconds(1), 1).withQueue(0);
        try (TestServer http = TestServer.start(config)) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.postFile("/v1/assessments", ONE_CEASEFIRE));
            Thread.sleep(300);
            // The one slot is taken and the queue holds none: refused at once.
            long start = System.nanoTime();
            ServerTest.assertError(http.postFile("/v1/assessments", ONE_CEASEFIRE), 503, "overloaded");
            assertTrue(System.nanoTime() - start < 500_000_000L, "refused at once, not after a wait");
            assertEquals(200, http.get("/healthz").statusCode(), "probes do not queue behind evaluations");
            assertEquals(200, http.get("/metrics").statusCode());
            JsonNode timedOut = ServerTest.assertError(slow.get(30, TimeUnit.SECONDS), 500, "rules-timeout");
            assertTrue(timedOut.at("/location/file").asText().endsWith("ceasefire.drl"), timedOut.toString());
        }
    }
}
