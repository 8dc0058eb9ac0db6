package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readiness.BadInputCorpus;
import org.readiness.BadInputCorpus.Case;
import org.readiness.Shipped;
import org.readiness.model.PlainText;

/**
 * The bad-input corpus's fact-file cases (those marked {@code http} in cases.yaml) posted to a real server:
 * each is answered, within a bounded time, with its 4xx status and a JSON error body carrying the same
 * problem code, location (in {@code <request>}) and message fragment as the command line's, and the server
 * goes on answering well-formed requests. Never a 500.
 */
class BadInputServiceTest {

    /** What the command line and the service print where the command line names the fact file. */
    static final String ORIGIN = AssessmentsEndpoint.ORIGIN;
    /** Generous: a hang, not a slow machine, is what this catches. */
    static final Duration BOUND = Duration.ofSeconds(20);

    /** A well-formed fact set for each rule set the cases name. */
    static final Map<String, Path> WELL_FORMED = Map.of(
            Shipped.RULES.toString(), Shipped.ARTICLE,
            BadInputCorpus.BAD + "/rules/kinds", Path.of(BadInputCorpus.BAD, "facts/kinds-valid.yaml"));

    /** One server per rule set the cases name, started on first use, with the default limits. */
    static final Map<String, TestServer> SERVERS = new HashMap<>();

    static TestServer server(String rules) {
        return SERVERS.computeIfAbsent(rules, r -> TestServer.start(TestServer.config(Path.of(r))));
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(TestServer::close);
        SERVERS.clear();
    }

    static Stream<Case> cases() {
        return BadInputCorpus.cases().stream().filter(c -> c.http() != null);
    }

    /** A case's command line as a request: its one fact file, its rule set, its overrides as {@code set} parameters. */
    record Posting(String rules, Path facts, List<String> overrides) {

        static Posting of(Case c) {
            String rules = Shipped.RULES.toString();
            Path facts = null;
            List<String> overrides = new ArrayList<>();
            List<String> args = c.args().subList(1, c.args().size());
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--rules" -> rules = BadInputCorpus.expand(args.get(++i));
                    case "--set" -> overrides.add(args.get(++i));
                    default -> {
                        assertTrue(facts == null && !args.get(i).startsWith("-"), "an http case has one fact file and no other options: " + c);
                        facts = Path.of(BadInputCorpus.expand(args.get(i)));
                    }
                }
            }
            return new Posting(rules, facts, overrides);
        }

        String query() {
            return overrides.isEmpty() ? "" : "?" + String.join("&",
                    overrides.stream().map(o -> "set=" + URLEncoder.encode(o, StandardCharsets.UTF_8)).toList());
        }

        String contentType() {
            return facts.toString().endsWith(".json") ? "application/json" : "application/yaml";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithTheSameProblemAsTheCommandLine(Case c) throws IOException {
        c.prepare();
        Posting posting = Posting.of(c);
        TestServer http = server(posting.rules());
        HttpRequest request = http.request("/v1/assessments" + posting.query()).timeout(BOUND)
                .header("Content-Type", posting.contentType())
                .POST(HttpRequest.BodyPublishers.ofFile(posting.facts())).build();
        HttpResponse<String> response = http.send(request);

        int status = c.http();
        assertTrue(status >= 400 && status < 500, "the corpus names a 4xx status: " + c);
        String code = status == 413 && c.httpMessage() != null ? HttpError.TOO_LARGE.id() : c.code();
        JsonNode body = ServerTest.assertError(response, status, code);
        String message = c.httpMessage() != null ? c.httpMessage() : c.message();
        assertTrue(line(body.get("problems").get(0)).contains(message), "message fragment '" + message + "' in " + body);
        if (c.httpMessage() == null) {
            String at = BadInputCorpus.expand(c.at()).replace(posting.facts().toString(), ORIGIN);
            assertTrue(line(body.get("problems").get(0)).startsWith(at), "location '" + at + "' in " + body);
            int expected = c.problems() == null ? 1 : c.problems();
            JsonNode problems = body.get("problems");
            if (expected > Wire.MAX_PROBLEMS) {
                // the command line's last line is the count of the rest: the body says it in a field
                assertEquals(Wire.MAX_PROBLEMS, problems.size(), body.toString());
                assertTrue(body.path("omittedProblems").asInt() > 0, body.toString());
            } else {
                assertEquals(expected, problems.size(), body.toString());
                assertFalse(body.has("omittedProblems"), body.toString());
            }
        }
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "no stack trace: " + response.body());
        assertTrue(response.body().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), "no raw control characters in the body: " + response.body());

        Path wellFormed = WELL_FORMED.get(posting.rules());
        assertTrue(wellFormed != null, "a well-formed fact set for " + posting.rules());
        HttpResponse<String> after = http.postFile("/v1/assessments", wellFormed);
        assertEquals(200, after.statusCode(), "a well-formed request is answered after the bad one: " + after.body());
    }

    /**
     * A problem of the error body as the command line prints it: {@code file:line:column: path: message;
     * hint}, with control characters escaped (the body has them JSON-escaped, as JSON must).
     */
    static String line(JsonNode problem) {
        JsonNode at = problem.path("location");
        StringBuilder out = new StringBuilder(at.path("file").asText());
        if (at.has("line")) {
            out.append(':').append(at.get("line").asInt());
            if (at.has("column")) {
                out.append(':').append(at.get("column").asInt());
            }
        }
        out.append(": ");
        if (at.has("path")) {
            out.append(at.get("path").asText()).append(": ");
        }
        out.append(problem.path("message").asText());
        if (problem.hasNonNull("hint")) {
            out.append("; ").append(problem.get("hint").asText());
        }
        return PlainText.line(out.toString());
    }
}
