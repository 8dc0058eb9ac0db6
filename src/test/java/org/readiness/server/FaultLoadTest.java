package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;

/**
 * A few seconds of {@link FaultLoad} against a real server: while rule files break and heal, malformed
 * bodies arrive, clients trickle and vanish and more connections are held than the server has threads,
 * every well-formed request is answered 200, nothing is answered 5xx, every kind of trouble got the answer
 * it should, and afterwards the service holds no body and serves its rules. No timing is asserted: the
 * figures are {@code bench/serve-faults}'s.
 */
class FaultLoadTest {

    @TempDir
    Path dir;

    @Test
    void underEveryKindOfTroubleAtOnceWellFormedRequestsAreAnswered200AndNothing5xx() throws Exception {
        Path rules = TestServer.copyOfShippedRules(dir);
        long maxBody = 64 * 1024;
        ServerConfig config = TestServer.config(rules).withLimits(maxBody, Duration.ofSeconds(1), 2);
        try (TestServer http = TestServer.start(config)) {
            String hash = TestServer.json(http.get("/healthz")).get("rulesHash").asText();
            FaultLoad.Settings settings = new FaultLoad.Settings(http.base, rules, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3),
                    Duration.ofSeconds(1), 2, 4, 48, maxBody, Duration.ofMillis(100), Duration.ofMillis(700));
            FaultLoad.Report report = new FaultLoad(settings).run();
            System.out.print(report.render());

            for (FaultLoad.WellFormed phase : report.phases()) {
                assertTrue(phase.requests() > 0, "well-formed requests ran in " + phase.phase() + "\n" + report.render());
            }
            assertEquals(0, report.wellFormedFailures(), "every well-formed request answered 200\n" + report.render());
            assertEquals(0, report.serverErrors(), "nothing answered 5xx\n" + report.render());

            FaultLoad.Hostile malformed = report.hostile(FaultLoad.MALFORMED);
            assertTrue(malformed.total() > 0 && malformed.outcomes().keySet().stream().allMatch(s -> s.matches("4\\d\\d")),
                    "every malformed request got its 4xx: " + malformed);
            assertTrue(malformed.outcomes().keySet().containsAll(Set.of("400", "404", "413", "415", "422")), malformed.toString());
            FaultLoad.Hostile slowBodies = report.hostile(FaultLoad.SLOW_BODIES);
            assertTrue(slowBodies.total() > 0 && slowBodies.outcomes().keySet().equals(Set.of("408")),
                    "bodies trickled past the timeout are 408: " + slowBodies);
            FaultLoad.Hostile slowHeads = report.hostile(FaultLoad.SLOW_HEADS);
            assertTrue(slowHeads.total() > 0 && slowHeads.outcomes().keySet().equals(Set.of("closed by the service")),
                    "heads trickled past the timeout are cut off: " + slowHeads);
            assertTrue(report.hostile(FaultLoad.VANISHING).total() > 0);
            assertTrue(report.hostile(FaultLoad.IDLE).outcomes().getOrDefault("opened", 0L) >= 48, report.render());
            FaultLoad.Hostile flips = report.hostile(FaultLoad.RULES);
            assertTrue(flips.outcomes().getOrDefault("broken", 0L) >= 1 && flips.outcomes().getOrDefault("repaired", 0L) >= 1, flips.toString());

            assertEquals(0, report.after().bodyBytesHeld(), "no body is held once the trouble is over");
            // The rule file is back as it was: the service serves its first rules again, healthy.
            ReloadTest.awaitHealth(http, h -> h.get("status").asText().equals("ok") && h.get("rulesHash").asText().equals(hash));
            assertEquals(200, http.postFile("/v1/assessments", Shipped.ARTICLE).statusCode());
        }
    }
}
