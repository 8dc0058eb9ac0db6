package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;

/**
 * Clients that trickle bytes, vanish halfway or send garbage: each is refused or dropped on its own, and
 * the well-formed requests around them keep their answers, with no 500.
 */
class HostileClientsTest {

    static TestServer http;
    static byte[] article;

    @BeforeAll
    static void start() throws Exception {
        http = TestServer.start(TestServer.config(Shipped.RULES).withLimits(1024 * 1024, Duration.ofSeconds(1), 2));
        article = Files.readAllBytes(Shipped.ARTICLE);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408AndTheConnectionIsClosed() throws Exception {
        long start = System.nanoTime();
        try (RawClient client = new RawClient(http.base)) {
            client.send(RawClient.postHead("/v1/assessments", "application/yaml", article.length));
            client.send(new String(article, 0, 100, java.nio.charset.StandardCharsets.UTF_8));
            RawClient.Answer answer = client.answer();
            assertEquals(408, answer.status(), answer.head());
            JsonNode body = TestServer.JSON.readTree(answer.body());
            assertEquals("request-timeout", body.get("error").asText());
            assertTrue(answer.head().toLowerCase().contains("connection: close"), answer.head());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds >= 0.9 && seconds < 10, "answered at the 1 s timeout, not before and not much after: " + seconds);
    }

    @Test
    void aHeadTrickledInByteByByteIsCutOffAtTheTimeout() throws Exception {
        // A byte every 200 ms: Jetty's idle timeout (30 s between bytes) would never fire.
        long start = System.nanoTime();
        boolean closed = false;
        try (RawClient client = new RawClient(http.base)) {
            client.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n");
            while (!closed && System.nanoTime() - start < 15_000_000_000L) {
                try {
                    client.send("X");
                } catch (java.io.IOException e) {
                    closed = true;
                    break;
                }
                closed = client.closedByServer(200);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(closed, "the server closed the trickling connection");
        assertTrue(seconds >= 0.9 && seconds < 6, "closed soon after the 1 s request timeout: " + seconds);
        String metrics = http.get("/metrics").body();
        assertTrue(PrometheusText.value(metrics, "readiness_http_slow_clients_closed_total") >= 1, metrics);
    }

    @Test
    void aKeptAliveConnectionMayIdleBetweenRequests() throws Exception {
        try (RawClient client = new RawClient(http.base)) {
            client.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Thread.sleep(2500); // past the 1 s request timeout, but sending nothing: not a trickled head
            client.send("GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String both = new String(client.socketText(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(both.contains("readiness.health/1") && both.lastIndexOf("HTTP/1.1 200") > 0, both);
        }
    }

    @Test
    void moreTricklingClientsThanThreadsDoNotHoldUpOthers() throws Exception {
        // The server has 16 threads; 60 clients each send part of a request and then stall.
        List<RawClient> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                RawClient client = new RawClient(http.base);
                stalled.add(client);
                if (i % 2 == 0) {
                    client.send("POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Ty");
                } else {
                    client.send(RawClient.postHead("/v1/assessments", "application/yaml", article.length))
                            .send(new byte[] {article[0], article[1]});
                }
            }
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = http.postFile("/v1/assessments", Shipped.ARTICLE);
                assertEquals(200, response.statusCode(), response.body());
                // Stalled heads hold their connections for the 30 s idle timeout: waiting for them would show.
                assertTrue(System.nanoTime() - start < 5_000_000_000L, "answered without waiting for the stalled clients");
            }
        } finally {
            for (RawClient client : stalled) {
                client.close();
            }
        }
    }

    @Test
    void clientsThatVanishMidRequestLeaveTheServiceAnswering() throws Exception {
        for (int i = 0; i < 30; i++) {
            RawClient client = new RawClient(http.base);
            client.send(RawClient.postHead("/v1/assessments", "application/yaml", article.length));
            if (i % 3 != 0) {
                client.send(java.util.Arrays.copyOf(article, article.length / 2));
            }
            client.vanish();
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(200, http.postFile("/v1/assessments", Shipped.ARTICLE).statusCode());
        }
        String metrics = http.get("/metrics").body();
        assertTrue(!metrics.contains("status=\"500\""), metrics);
    }

    @Test
    void aClientThatSendsAWholeOversizedBodyBeforeReadingStillReadsThe413() throws Exception {
        // As Java's HttpClient does: all of a 16 MiB body (more than the sockets buffer) first, then the answer.
        // Closed with the body unread, the connection would be reset under the client's writes.
        byte[] body = new byte[16 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        try (RawClient client = new RawClient(http.base)) {
            RawClient.Answer answer = client.send(RawClient.postHead("/v1/assessments", "application/yaml", body.length)).send(body).answer();
            assertEquals(413, answer.status(), answer.head());
            assertEquals("too-large", TestServer.JSON.readTree(answer.body()).get("error").asText());
        }
        assertEquals(0, PrometheusText.value(http.get("/metrics").body(), "readiness_http_request_body_bytes"), "nothing of it was kept");
    }

    @Test
    void garbageOnTheWireIsAJson400() throws Exception {
        try (RawClient client = new RawClient(http.base)) {
            RawClient.Answer answer = client.send("BLAH /\u0001 HTTP/9.9\r\n\r\n").answer();
            assertEquals(400, answer.status(), answer.head());
            JsonNode body = TestServer.JSON.readTree(answer.body());
            assertEquals("bad-request", body.get("error").asText(), answer.body());
            assertTrue(answer.head().contains("X-Request-Id: "), answer.head());
            assertTrue(answer.head().contains("Connection: close"), "Jetty closes such a connection, and says so: " + answer.head());
        }
        try (RawClient client = new RawClient(http.base)) {
            String huge = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "x".repeat(20_000) + "\r\n\r\n";
            RawClient.Answer answer = client.send(huge).answer();
            assertEquals(431, answer.status(), answer.head());
            assertEquals("headers-too-large", TestServer.JSON.readTree(answer.body()).get("error").asText());
        }
        assertEquals(200, http.get("/healthz").statusCode());
    }

    @Test
    void aMalformedBodyOnAKeptAliveConnectionDoesNotSpoilTheNextRequest() throws Exception {
        try (RawClient client = new RawClient(http.base)) {
            String bad = "{\"scenario\": ";
            String twoRequests = "POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + bad.length() + "\r\n\r\n" + bad + "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            String both = new String(client.send(twoRequests).socketText(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(both.startsWith("HTTP/1.1 400 "), both);
            assertTrue(both.contains("HTTP/1.1 200 OK"), "the second request on the connection is answered: " + both);
        }
    }
}
