package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;

/**
 * Stopping while requests run: every request the service took is answered in full, and each answer's
 * decision-log line is in the file when the stop returns; what arrives later is refused at the door.
 */
class ShutdownTest {

    @TempDir
    Path dir;

    @Test
    void requestsInFlightFinishAndTheirDecisionsAreLogged() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        TestServer http = TestServer.start(TestServer.config(Shipped.RULES).withDecisionLog(log));
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicInteger refusedBeforeStop = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread client = new Thread(() -> {
                long end = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> response = http.postFile("/v1/assessments", Shipped.ARTICLE);
                        if (response.statusCode() == 200 && response.body().endsWith("}\n")) {
                            ok.incrementAndGet();
                        } else if (response.statusCode() != 503) {
                            // 503 is the one other answer allowed: a request that came in on a kept-alive
                            // connection while the service was draining
                            other.incrementAndGet();
                        }
                    } catch (UncheckedIOException e) {
                        if (!stopping.get()) {
                            refusedBeforeStop.incrementAndGet();
                        }
                        if (stopping.get()) {
                            return;
                        }
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(1500);
        stopping.set(true);
        http.close();
        for (Thread client : clients) {
            client.join(30_000);
        }
        assertEquals(0, other.get(), "no request answered other than in full, or 503 while draining");
        assertEquals(0, refusedBeforeStop.get());
        assertTrue(ok.get() > 4, "requests ran: " + ok.get());
        List<String> lines = Files.readAllLines(log);
        assertEquals(ok.get(), lines.size(), "a line for every assessment answered, none lost, none extra");
        for (String line : lines) {
            assertEquals("readiness.decision/1", TestServer.JSON.readTree(line).get("schemaVersion").asText());
        }
    }
}
