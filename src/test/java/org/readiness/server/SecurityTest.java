package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readiness.Shipped;
import org.readiness.cli.CliRun;

/**
 * The trust model's claims about the service (README, "Trust model"), each tried: it reads no file a
 * request names, and what a client wrote comes back only escaped: in JSON strings, in the text report,
 * in the request id header. (That it binds loopback by default is {@code ServeIT}'s, on the real command;
 * that no server class reads files is {@code ArchitectureTest}'s.)
 */
class SecurityTest {

    static final Path HOSTILE_TEXT = Path.of("src/test/resources/hostile/control-characters.yaml");

    static TestServer http;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        http = TestServer.start(TestServer.config(Shipped.RULES));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    /** No raw control character but the line feed: nothing a terminal would act on. */
    static void assertPrintable(String text) {
        assertTrue(text.chars().noneMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)),
                "only printable characters: " + text.replace("\u001b", "<ESC>"));
    }

    @Test
    void theTextReportShowsAFactSetsControlCharactersEscapedAndStartsNoForgedLine() throws Exception {
        HttpResponse<String> text = http.postFile("/v1/assessments", HOSTILE_TEXT, "Accept", "text/plain");
        assertEquals(200, text.statusCode(), text.body());
        assertPrintable(text.body());
        assertTrue(text.body().contains("Escapes \\u001b[2J\\u001b]0;pwned\\u0007"), "shown, escaped: " + text.body());
        assertTrue(text.body().contains("\\u202eog-on\\u202c"), "a bidirectional override is shown, not obeyed");
        List<String> verdicts = text.body().lines().filter(l -> l.startsWith("VERDICT")).toList();
        assertEquals(List.of("VERDICT: NO-GO  5 of 5 blocking criteria are not met"), verdicts, "the one verdict line is the report's own");
        // The command line prints the same report to a terminal.
        CliRun cli = CliRun.of("evaluate", HOSTILE_TEXT.toString());
        assertEquals(1, cli.exit(), cli.describe());
        assertPrintable(cli.out());
        // JSON keeps the text as written, JSON-escaped: a consumer gets back exactly what the fact set said.
        HttpResponse<String> json = http.postFile("/v1/assessments", HOSTILE_TEXT);
        assertPrintable(json.body());
        assertTrue(TestServer.json(json).get("scenario").asText().startsWith("Escapes \u001b[2J"), json.body());
    }

    @Test
    void whatAClientWroteComesBackOnlyInsideJsonStringsOfAJsonBody() throws Exception {
        String hostile = "<script>alert(1)</script>\"}\u001b[2J\r\nX-Injected: yes";
        String facts = "{\"scenario\": \"x\", \"asOf\": \"2025-03-21\", \"facts\": [{\"type\": "
                + TestServer.JSON.writeValueAsString(hostile) + "}]}";
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(http.post("/v1/assessments", "application/json", facts.getBytes(StandardCharsets.UTF_8)));
        answers.add(http.postFile("/v1/assessments?" + URLEncoder.encode(hostile, StandardCharsets.UTF_8) + "=1", Shipped.ARTICLE));
        answers.add(http.postFile("/v1/assessments?set=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), Shipped.ARTICLE));
        answers.add(http.postFile("/v1/assessments?explain=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), Shipped.ARTICLE));
        answers.add(http.get("/" + URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20")));
        answers.add(http.post("/v1/assessments", "application/" + URLEncoder.encode(hostile, StandardCharsets.UTF_8), new byte[] {'x'}));
        answers.add(http.postFile("/v1/assessments", Shipped.ARTICLE, "Accept", "text/<script>"));
        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElseThrow(), answer.body());
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertPrintable(answer.body());
            JsonNode body = TestServer.json(answer);
            assertEquals("readiness.error/1", body.get("schemaVersion").asText());
            assertFalse(answer.headers().map().containsKey("x-injected"), answer.headers().toString());
            for (List<String> values : answer.headers().map().values()) {
                values.forEach(v -> assertFalse(v.contains("script") || v.contains("\u001b"), "no input in a header: " + v));
            }
        }
        String success = http.postFile("/v1/assessments", Shipped.ARTICLE).headers().firstValue("X-Content-Type-Options").orElseThrow();
        assertEquals("nosniff", success);
    }

    @Test
    void aClientsRequestIdIsEchoedOnlyWhenItIsAPlainShortToken() throws Exception {
        for (String id : new String[] {"x".repeat(65), "a b", "a\"b", "é", "a;b=c", "<b>", "a\u001b[2Jb"}) {
            try (RawClient client = new RawClient(http.base)) {
                String request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + id + "\r\nConnection: close\r\n\r\n";
                RawClient.Answer answer = client.send(request.getBytes(StandardCharsets.UTF_8)).answer();
                String echoed = answer.head().lines().filter(l -> l.startsWith("X-Request-Id: ")).findFirst().orElseThrow().substring(14);
                assertNotEquals(id, echoed);
                assertTrue(echoed.matches("[0-9a-f]{8}-\\d+"), "a request id of the service's own: " + echoed);
            }
        }
    }

    @Test
    void noRequestReadsAFileItNames() throws Exception {
        // A fact set of its own: if any request made the service read it, its scenario would come back.
        String canary = "canary-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("canary.yaml"), "scenario: " + canary + "\nasOf: 2025-03-21\n");
        String path = file.toAbsolutePath().toString();
        String url = file.toUri().toString();
        String encodedPath = URLEncoder.encode(path, StandardCharsets.UTF_8);
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(http.post("/v1/assessments", "application/yaml", path.getBytes(StandardCharsets.UTF_8)));
        answers.add(http.post("/v1/assessments", "application/yaml", ("!include " + path + "\n").getBytes(StandardCharsets.UTF_8)));
        answers.add(http.post("/v1/assessments", "application/yaml", ("<<: !!include " + path + "\n").getBytes(StandardCharsets.UTF_8)));
        answers.add(http.post("/v1/assessments", "application/json", ("{\"$ref\": \"" + url + "\"}").getBytes(StandardCharsets.UTF_8)));
        answers.add(http.post("/v1/assessments", "application/yaml",
                ("scenario: x\nasOf: 2025-03-21\nsources:\n  - {id: s, title: t, date: 2025-03-20, reliability: B, credibility: 2, url: \"" + url + "\"}\n"
                        + "facts:\n  - {type: Support, party: \"" + path + "\", role: member, sources: [s], note: \"" + url + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (String parameter : new String[] {"facts", "file", "rules", "include", "url"}) {
            answers.add(http.postFile("/v1/assessments?" + parameter + "=" + encodedPath, Shipped.ARTICLE));
        }
        answers.add(http.postFile("/v1/assessments?set=" + URLEncoder.encode("Support[party=US].political=@" + path, StandardCharsets.UTF_8), Shipped.ARTICLE));
        answers.add(http.postFile("/v1/assessments", Shipped.ARTICLE, "X-Facts-File", path, "Content-Location", url));
        for (String target : new String[] {"/v1/assessments/.." + path, "/%2e%2e/%2e%2e" + path, "/.." + path, "/" + encodedPath,
            "/rules/ceasefire.drl", "/ceasefire.drl", "/facts/2025-03-coalition-planning.yaml", "/v1/rules/ceasefire.drl"}) {
            answers.add(http.get(target));
        }
        int ok = 0;
        StringBuilder statuses = new StringBuilder();
        for (HttpResponse<String> answer : answers) {
            statuses.append(answer.statusCode()).append(' ').append(answer.request().uri().getRawPath()).append(' ')
                    .append(TestServer.JSON.readTree(answer.body()).path("error").asText()).append('\n');
            assertFalse(answer.body().contains(canary), "the named file was read: " + answer.body());
            assertFalse(answer.body().contains("rule \"Ceasefire"), "no rule file is served: " + answer.body());
            assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
            ok += answer.statusCode() == 200 ? 1 : 0;
        }
        assertEquals(2, ok, "only the fact set that merely mentions the file and the header-decorated article are assessed:\n" + statuses);
    }
}
