package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;

/**
 * The decision log under concurrent requests: one whole line per answer, none lost, none torn or
 * interleaved; a line an earlier process left unfinished; a full disk. (Through a shutdown: ShutdownTest,
 * and SIGTERM to the real process: ServeIT.)
 */
class DecisionLogTest {

    @TempDir
    Path dir;

    @Test
    void concurrentAssessmentsEachGetOneWholeLine() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        Files.writeString(log, "{\"earlier\":\"line\"}\n");
        Set<String> answered = ConcurrentHashMap.newKeySet();
        try (TestServer http = TestServer.start(TestServer.config(Shipped.RULES).withDecisionLog(log))) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 160; i++) {
                Path facts = i % 2 == 0 ? Shipped.ARTICLE : Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml");
                done.add(clients.submit(() -> {
                    HttpResponse<String> response = http.postFile("/v1/assessments?set=Mandate.achievable%3Dtrue", facts);
                    assertEquals(200, response.statusCode(), response.body());
                    answered.add(response.headers().firstValue("X-Request-Id").orElseThrow());
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
            assertEquals(415, http.post("/v1/assessments", "text/csv", Files.readAllBytes(Shipped.ARTICLE)).statusCode());
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals("{\"earlier\":\"line\"}", lines.get(0), "appended, never truncated");
        assertTrue(Files.readString(log).endsWith("\n"));
        Set<String> logged = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode decision = TestServer.JSON.readTree(line);
            assertEquals("readiness.decision/1", decision.get("schemaVersion").asText());
            assertTrue(decision.get("rulesHash").asText().startsWith("sha256:"), line);
            assertTrue(decision.get("factsHash").asText().startsWith("sha256:"), line);
            assertTrue(Set.of("GO", "NO_GO").contains(decision.get("verdict").asText()), line);
            assertTrue(decision.get("time").asText().endsWith("Z"), line);
            assertEquals("[\"Mandate.achievable=true\"]", decision.get("overrides").toString(), line);
            logged.add(decision.get("requestId").asText());
        }
        assertEquals(160, lines.size() - 1, "one line per assessment answered, and none for a refused request");
        assertEquals(answered, logged);
    }

    @Test
    void aLineLeftUnfinishedByAnEarlierProcessIsEndedBeforeTheNextIsAppended() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        String torn = "{\"schemaVersion\":\"readiness.decision/1\",\"requestId\":\"cut-off-by-a-power-cut";
        Files.writeString(log, "{\"earlier\":\"line\"}\n" + torn);
        try (TestServer http = TestServer.start(TestServer.config(Shipped.RULES).withDecisionLog(log))) {
            for (int i = 0; i < 2; i++) {
                assertEquals(200, http.postFile("/v1/assessments", Shipped.ARTICLE).statusCode());
            }
        }
        List<String> lines = Files.readAllLines(log);
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(torn, lines.get(1), "the torn line is kept as it was, and ended");
        for (String line : lines.subList(2, 4)) {
            assertEquals("NO_GO", TestServer.JSON.readTree(line).get("verdict").asText(), "each new line is whole: " + line);
        }
    }

    @Test
    void aFullDiskLosesNoAnswerAndIsCountedAndLogged() throws Exception {
        Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC, as on a full disk
        Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full");
        try (TestServer http = TestServer.start(TestServer.config(Shipped.RULES).withDecisionLog(full))) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = http.postFile("/v1/assessments", Shipped.ARTICLE);
                assertEquals(200, response.statusCode(), "the assessment is still answered: " + response.body());
            }
            String metrics = http.get("/metrics").body();
            assertEquals(3, PrometheusText.value(metrics, "readiness_decision_log_failures_total"), metrics);
        }
    }
}
