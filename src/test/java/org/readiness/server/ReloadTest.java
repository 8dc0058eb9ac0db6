package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;
import org.readiness.rules.RuleCache;

/**
 * Rules edited while the service runs: good, broken, fixed, saved the way editors save (a temporary file
 * renamed over the old one) and in place, with requests running throughout.
 */
class ReloadTest {

    static final String REASON = "short of a comprehensive ceasefire";

    @TempDir
    Path dir;

    /** As vim, IntelliJ and most editors save: write a temporary file beside it, rename it over the original. */
    static void saveAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp~");
        Files.writeString(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Polls GET /healthz until it says what the test waits for. */
    static JsonNode awaitHealth(TestServer http, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode health = null;
        while (System.nanoTime() < deadline) {
            health = TestServer.json(http.get("/healthz"));
            if (condition.test(health)) {
                return health;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the service never reached the state waited for; last /healthz: " + health);
    }

    static String reasonOfCeasefire(TestServer http) {
        JsonNode body = TestServer.json(http.postFile("/v1/assessments", Shipped.ARTICLE));
        return body.at("/criteria/0/findings").findValuesAsText("reason").toString();
    }

    @Test
    void goodThenBrokenThenFixedWhileRequestsRun() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        Path ceasefire = rules.resolve("ceasefire.drl");
        String original = Files.readString(ceasefire);
        try (TestServer http = TestServer.start(TestServer.config(rules))) {
            String firstHash = TestServer.json(http.get("/healthz")).get("rulesHash").asText();
            String editedHash;
            try (Traffic traffic = Traffic.of(http, Shipped.ARTICLE)) {
                saveAtomically(ceasefire, original.replace(REASON, "short of a full ceasefire"));
                editedHash = awaitHealth(http, h -> !h.get("rulesHash").asText().equals(firstHash)).get("rulesHash").asText();
                assertTrue(reasonOfCeasefire(http).contains("short of a full ceasefire"), "the edited rule answers");

                saveAtomically(ceasefire, original.replace("when", "whenn"));
                JsonNode degraded = awaitHealth(http, h -> h.get("status").asText().equals("degraded"));
                JsonNode problem = degraded.at("/reloadFailure/problems/0");
                assertEquals("drl-syntax", problem.get("code").asText(), degraded.toString());
                assertTrue(problem.at("/location/file").asText().endsWith("ceasefire.drl"), degraded.toString());
                assertTrue(problem.at("/location/line").asInt() > 0, degraded.toString());
                assertEquals(editedHash, degraded.get("rulesHash").asText(), "the last good rules still serve");
                assertEquals(200, http.get("/readyz").statusCode(), "still ready: it serves the last good rules");
                assertTrue(reasonOfCeasefire(http).contains("short of a full ceasefire"));
                String metrics = http.get("/metrics").body();
                assertEquals(1, PrometheusText.value(metrics, "readiness_rules_reload_failures_total"), metrics);
                assertEquals(0, PrometheusText.value(metrics, "readiness_rules_healthy"), metrics);

                saveAtomically(ceasefire, original);
                JsonNode fixed = awaitHealth(http, h -> h.get("status").asText().equals("ok") && h.get("rulesHash").asText().equals(firstHash));
                assertTrue(!fixed.has("reloadFailure"), fixed.toString());
                assertTrue(reasonOfCeasefire(http).contains(REASON), "the original rule answers again");
                Thread.sleep(200);
                traffic.close();
                assertEquals(Set.of(200), traffic.statuses.keySet(), "every request answered 200 throughout: " + traffic.statuses);
                assertTrue(traffic.answered(200) > 10, "requests ran throughout: " + traffic.statuses);
                assertTrue(Set.of(firstHash, editedHash).containsAll(traffic.rulesHashes.keySet()), traffic.rulesHashes.toString());
            }
            String metrics = http.get("/metrics").body();
            assertEquals(3, PrometheusText.value(metrics, "readiness_rules_reloads_total"), "first, edited, fixed: " + metrics);
            assertEquals(1, PrometheusText.value(metrics, "readiness_rules_healthy"), metrics);
        }
    }

    @Test
    void aRequestInFlightFinishesOnTheRulesItStartedWith() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        byte[] article = Files.readAllBytes(Shipped.ARTICLE);
        try (TestServer http = TestServer.start(TestServer.config(rules).withLimits(1024 * 1024, java.time.Duration.ofSeconds(30), 4));
             RawClient client = new RawClient(http.base)) {
            String firstHash = TestServer.json(http.get("/healthz")).get("rulesHash").asText();
            client.send(RawClient.postHead("/v1/assessments", "application/yaml", article.length))
                    .send(java.util.Arrays.copyOf(article, 1000));
            Path ceasefire = rules.resolve("ceasefire.drl");
            saveAtomically(ceasefire, Files.readString(ceasefire).replace(REASON, "short of a full ceasefire"));
            awaitHealth(http, h -> !h.get("rulesHash").asText().equals(firstHash));
            client.send(java.util.Arrays.copyOfRange(article, 1000, article.length));
            RawClient.Answer answer = client.answer();
            assertEquals(200, answer.status(), answer.body());
            JsonNode assessment = TestServer.JSON.readTree(answer.body());
            assertEquals(firstHash, assessment.at("/record/rulesHash").asText(), "the rules it started with");
            assertTrue(assessment.at("/criteria/0/findings").findValuesAsText("reason").toString().contains(REASON));
            assertNotEquals(firstHash, TestServer.json(http.postFile("/v1/assessments", Shipped.ARTICLE)).at("/record/rulesHash").asText(),
                    "a request that starts now gets the new rules");
        }
    }

    @Test
    void anEditInPlaceAndANewCriteriaFileReloadToo() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        try (TestServer http = TestServer.start(TestServer.config(rules))) {
            String firstHash = TestServer.json(http.get("/healthz")).get("rulesHash").asText();
            Path ceasefire = rules.resolve("ceasefire.drl");
            Files.writeString(ceasefire, Files.readString(ceasefire).replace(REASON, "short of a real ceasefire"));
            String second = awaitHealth(http, h -> !h.get("rulesHash").asText().equals(firstHash)).get("rulesHash").asText();
            assertTrue(reasonOfCeasefire(http).contains("short of a real ceasefire"));
            Path criteria = rules.resolve("criteria.yaml");
            saveAtomically(criteria, Files.readString(criteria).replace("title: Genuine ceasefire", "title: A genuine ceasefire"));
            awaitHealth(http, h -> !h.get("rulesHash").asText().equals(second));
            assertEquals("A genuine ceasefire", TestServer.json(http.get("/v1/criteria")).at("/criteria/0/title").asText());
        }
    }

    @Test
    void aFileThatIsNotARuleFileChangesNothing() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        try (TestServer http = TestServer.start(TestServer.config(rules))) {
            Files.writeString(rules.resolve("notes.txt"), "not a rule file");
            Files.writeString(rules.resolve(".ceasefire.drl.swp"), "an editor's swap file");
            Thread.sleep(800);
            String metrics = http.get("/metrics").body();
            assertEquals(1, PrometheusText.value(metrics, "readiness_rules_reloads_total"), metrics);
            assertEquals(0, PrometheusText.value(metrics, "readiness_rules_reload_failures_total"), metrics);
            assertNotEquals("degraded", TestServer.json(http.get("/healthz")).get("status").asText());
        }
    }

    @Test
    void rulesLoadThroughTheRuleCacheAtStartAndOnReload() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        Path ceasefire = rules.resolve("ceasefire.drl");
        String original = Files.readString(ceasefire);
        List<RuleCache.Outcome> outcomes = new CopyOnWriteArrayList<>();
        RuleCache cache = RuleCache.at(dir.resolve("cache")).onEvent(e -> outcomes.add(e.outcome()));
        try (TestServer http = TestServer.start(TestServer.config(rules), cache)) {
            String firstHash = TestServer.json(http.get("/healthz")).get("rulesHash").asText();
            assertEquals(List.of(RuleCache.Outcome.MISS, RuleCache.Outcome.STORED), outcomes, "compiled at start, and kept");
            saveAtomically(ceasefire, original.replace(REASON, "short of a full ceasefire"));
            String edited = awaitHealth(http, h -> !h.get("rulesHash").asText().equals(firstHash)).get("rulesHash").asText();
            saveAtomically(ceasefire, original);
            awaitHealth(http, h -> h.get("rulesHash").asText().equals(firstHash));
            assertEquals(RuleCache.Outcome.HIT, outcomes.get(outcomes.size() - 1), "the edit undone is loaded, not compiled: " + outcomes);
            assertTrue(reasonOfCeasefire(http).contains(REASON), "and answers as the original rules do");
            assertNotEquals(firstHash, edited);
        }
        outcomes.clear();
        try (TestServer http = TestServer.start(TestServer.config(rules), cache)) {
            assertEquals(List.of(RuleCache.Outcome.HIT), outcomes, "a restart loads the compiled rules");
            assertTrue(reasonOfCeasefire(http).contains(REASON));
        }
    }
}
