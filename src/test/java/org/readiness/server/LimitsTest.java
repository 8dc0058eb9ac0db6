package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.readiness.Readiness;
import org.readiness.Shipped;

/** Before the rules are loaded (503), beyond the concurrency limit (503), rules that run too long (500). */
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
    void beyondTheConcurrencyLimitIs503AndRulesThatRunTooLongAre500() throws Exception {
        ServerConfig config = new ServerConfig(SLOW_RULES, "127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(1), 1, 0, null,
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));
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
