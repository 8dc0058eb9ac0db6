package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.readiness.Shipped;
import org.readiness.cli.CliRun;
import org.readiness.report.OutputFormat;

/** Every endpoint and every error status of a real server, through a real HTTP client. */
class ServerTest {

    static final JsonSchema ASSESSMENT_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Path.of("schema/assessment.schema.json").toUri());
    static final String BAD = "src/test/resources/bad-input/facts/";

    static TestServer http;

    @BeforeAll
    static void start() {
        http = TestServer.start(TestServer.config(Shipped.RULES).withLimits(64 * 1024, java.time.Duration.ofSeconds(5), 4));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    /** Status, JSON error body with its code, and the request id of the header repeated in the body. */
    static JsonNode assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonNode body = TestServer.json(response);
        assertEquals("readiness.error/1", body.path("schemaVersion").asText(), response.body());
        assertEquals(code, body.path("error").asText(), response.body());
        assertFalse(body.path("message").asText().isEmpty(), response.body());
        assertEquals(response.headers().firstValue("X-Request-Id").orElseThrow(), body.path("requestId").asText());
        assertEquals(code, body.path("problems").path(0).path("code").asText(), response.body());
        return body;
    }

    // --- POST /v1/assessments ---------------------------------------------------------------------------

    @Test
    void theArticleIsNoGoAsValidAssessmentJson() {
        HttpResponse<String> response = http.postFile("/v1/assessments", Shipped.ARTICLE);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode body = TestServer.json(response);
        assertTrue(ASSESSMENT_SCHEMA.validate(body).isEmpty(), ASSESSMENT_SCHEMA.validate(body).toString());
        assertEquals("NO_GO", body.get("verdict").asText());
        assertEquals("[\"ceasefire\",\"support\",\"mandate\",\"force-safety\",\"deterrence\"]", body.at("/blocking/notMet").toString());
        assertEquals("<request>", body.get("origin").asText());
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
    }

    @Test
    void theServiceAnswersWhatTheCommandLineAnswers() throws Exception {
        // Nothing computed twice: the same facts and overrides give the same assessment, bar where and when.
        CliRun cli = CliRun.of("evaluate", "--format", "json", "--set", "Ceasefire.scope=comprehensive", Shipped.ARTICLE.toString());
        HttpResponse<String> response = http.postFile("/v1/assessments?set=Ceasefire.scope%3Dcomprehensive", Shipped.ARTICLE);
        assertEquals(200, response.statusCode(), response.body());
        // The file a fact came from is the request's name for it; the rest must be the same.
        JsonNode fromCli = TestServer.JSON.readTree(cli.out().replace("\"" + Shipped.ARTICLE + "\"", "\"<request>\""));
        JsonNode fromServer = TestServer.json(response);
        // The service bounds the counterfactual search by half its request timeout, the command line by 10 s.
        assertEquals(2500, fromServer.at("/counterfactual/search/timeBudgetMs").asInt());
        for (JsonNode node : new JsonNode[] {fromCli, fromServer}) {
            ((ObjectNode) node.get("record")).remove("evaluatedAt");
            ((ObjectNode) node.at("/counterfactual/search")).remove("timeBudgetMs");
        }
        assertEquals(fromCli, fromServer);
        assertEquals("[\"Ceasefire.scope=comprehensive\"]", fromServer.get("overrides").toString());
    }

    @Test
    void jsonFactSetsAreReadByContentType() {
        HttpResponse<String> response = http.postFile("/v1/assessments", Shipped.FACTS.resolve("scenario-missing-evidence.json"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("[\"force-safety\",\"deterrence\"]", TestServer.json(response).at("/blocking/unknown").toString());
        HttpResponse<String> go = http.postFile("/v1/assessments", Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"));
        assertEquals("GO", TestServer.json(go).get("verdict").asText());
    }

    @Test
    void evidenceParametersChangeThePolicyLikeTheCommandLineOptions() {
        HttpResponse<String> strict = http.postFile("/v1/assessments?maxAge=0&minReliability=A&minCredibility=1",
                Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml"));
        assertEquals(200, strict.statusCode(), strict.body());
        JsonNode body = TestServer.json(strict);
        assertEquals("NO_GO", body.get("verdict").asText(), "no evidence is that fresh and that good");
        assertEquals(0, body.at("/evidencePolicy/maxAgeDays").asInt());
        assertError(http.postFile("/v1/assessments?maxAge=-1", Shipped.ARTICLE), 400, "bad-parameter");
        assertError(http.postFile("/v1/assessments?minReliability=Z", Shipped.ARTICLE), 400, "bad-parameter");
        assertError(http.postFile("/v1/assessments?minCredibility=7", Shipped.ARTICLE), 400, "bad-parameter");
    }

    @Test
    void textIsAnsweredWhenAskedFor() {
        HttpResponse<String> text = http.postFile("/v1/assessments?explain=true", Shipped.ARTICLE, "Accept", "text/plain");
        assertEquals(200, text.statusCode(), text.body());
        assertEquals("text/plain; charset=utf-8", text.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(text.body().contains("VERDICT: NO-GO"), text.body());
        assertFalse(text.body().contains("\u001b["), "no colour codes over HTTP");
        HttpResponse<String> preferJson = http.postFile("/v1/assessments", Shipped.ARTICLE, "Accept", "text/plain;q=0.5, application/json");
        assertTrue(preferJson.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode refused = assertError(http.postFile("/v1/assessments", Shipped.ARTICLE, "Accept", "application/pdf"), 406, "not-acceptable");
        assertTrue(refused.get("hint").asText().contains("application/json, text/plain, text/html, text/markdown"), refused.toString());
    }

    @Test
    void briefingsAreAnsweredAsTheCommandLineWritesThem() {
        CliRun cli = CliRun.of("evaluate", "--format", "html", Shipped.ARTICLE.toString());
        HttpResponse<String> html = http.postFile("/v1/assessments", Shipped.ARTICLE, "Accept", "text/html");
        assertEquals(200, html.statusCode(), html.body());
        assertEquals("text/html; charset=utf-8", html.headers().firstValue("Content-Type").orElseThrow());
        // The policy the page declares is also a header, which the browser enforces before parsing the page.
        String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(html.body().contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">"), policy);
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertEquals(headings(cli.out()), headings(html.body()), "the same briefing, bar where and when");
        HttpResponse<String> markdown = http.postFile("/v1/assessments", Shipped.ARTICLE, "Accept", "text/markdown");
        assertEquals(200, markdown.statusCode(), markdown.body());
        assertEquals("text/markdown; charset=utf-8", markdown.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(markdown.body().startsWith("# "), markdown.body());
        assertTrue(markdown.body().contains("NO-GO"), markdown.body());
        assertTrue(markdown.headers().firstValue("Content-Security-Policy").isEmpty(), "only pages a browser runs need one");
    }

    private static List<String> headings(String html) {
        return html.lines().filter(l -> l.contains("<h2")).toList();
    }

    @Test
    void theCounterfactualComesWithEveryNoGoUnlessTurnedOff() {
        JsonNode full = TestServer.json(http.postFile("/v1/assessments", Shipped.ARTICLE));
        assertTrue(full.path("counterfactual").path("found").asBoolean(), full.path("counterfactual").toString());
        JsonNode off = TestServer.json(http.postFile("/v1/assessments?counterfactual=false", Shipped.ARTICLE));
        assertTrue(off.path("counterfactual").isMissingNode(), off.toString());
        JsonNode narrow = TestServer.json(http.postFile("/v1/assessments?maxEdits=2", Shipped.ARTICLE));
        assertFalse(narrow.path("counterfactual").path("found").asBoolean(), "the article needs more than two edits: " + narrow.path("counterfactual"));
        assertError(http.postFile("/v1/assessments?maxEdits=0", Shipped.ARTICLE), 400, "bad-parameter");
        assertError(http.postFile("/v1/assessments?maxEdits=1000", Shipped.ARTICLE), 400, "bad-parameter");
        JsonNode slow = assertError(http.postFile("/v1/assessments?searchTime=60", Shipped.ARTICLE), 400, "bad-parameter");
        assertTrue(slow.get("message").asText().contains("at most 2.5"), "half the 5 s request timeout: " + slow);
        assertError(http.postFile("/v1/assessments?counterfactual=maybe", Shipped.ARTICLE), 400, "bad-parameter");
        assertError(http.postFile("/v1/assessments?searchTime=1e-10", Shipped.ARTICLE), 400, "bad-parameter"); // under a nanosecond
    }

    // --- POST /v1/diff ----------------------------------------------------------------------------------------

    static final JsonSchema DIFF_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Path.of("schema/diff.schema.json").toUri());

    private static byte[] pair(Path a, Path b) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode body = TestServer.JSON.createObjectNode();
        body.set("a", yaml.readTree(a.toFile()));
        body.set("b", yaml.readTree(b.toFile()));
        return TestServer.JSON.writeValueAsBytes(body);
    }

    @Test
    void aDiffOfTwoFactSetsIsWhatTheCommandLineSays() throws IOException {
        Path allMet = Shipped.FACTS.resolve("scenario-all-preconditions-met.yaml");
        HttpResponse<String> response = http.post("/v1/diff", "application/json", pair(Shipped.ARTICLE, allMet));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = TestServer.json(response);
        assertTrue(DIFF_SCHEMA.validate(body).isEmpty(), DIFF_SCHEMA.validate(body).toString());
        CliRun cli = CliRun.of("diff", "--format", "json", Shipped.ARTICLE.toString(), allMet.toString());
        // The same diff, bar where the facts came from (files, or lines of the body) and when.
        JsonNode fromCli = TestServer.JSON.readTree(cli.out());
        assertEquals(withoutPlaces(fromCli), withoutPlaces(body));
        HttpResponse<String> text = http.post("/v1/diff", "application/json", pair(Shipped.ARTICLE, allMet), "Accept", "text/plain");
        assertEquals(200, text.statusCode(), text.body());
        assertTrue(text.body().contains("NO-GO") && text.body().contains("GO"), text.body());
        HttpResponse<String> html = http.post("/v1/diff", "application/json", pair(Shipped.ARTICLE, allMet), "Accept", "text/html");
        assertEquals(200, html.statusCode(), html.body());
        assertEquals(OutputFormat.BRIEFING_POLICY, html.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(html.body().startsWith("<!DOCTYPE html>"), html.body());
    }

    /** A copy without what names a place or a time: origins, files and lines of facts, evaluation times. */
    private static JsonNode withoutPlaces(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("origin").forEach(p -> ((ObjectNode) p).remove("origin"));
        copy.findParents("evaluatedAt").forEach(p -> ((ObjectNode) p).remove("evaluatedAt"));
        copy.findParents("fields").forEach(p -> ((ObjectNode) p).remove(List.of("file", "line")));
        return copy;
    }

    @Test
    void aDiffNamesTheFactSetAProblemIsIn() throws IOException {
        JsonNode missing = assertError(http.post("/v1/diff", "application/yaml",
                "a: {scenario: s, asOf: 2025-03-21, facts: []}\n".getBytes(StandardCharsets.UTF_8)), 422, "missing-field");
        assertEquals("b", missing.at("/problems/0/location/path").asText(), missing.toString());
        JsonNode wrong = assertError(http.post("/v1/diff", "application/yaml", ("a: {scenario: s, asOf: 2025-03-21, facts: []}\n"
                + "b: {scenario: t, asOf: 2025-03-21, facts: [{type: Ceasefire, scop: none}]}\n").getBytes(StandardCharsets.UTF_8)), 422, "unknown-field");
        assertEquals("b.facts[0].scop", wrong.at("/problems/0/location/path").asText(), wrong.toString());
        assertEquals(2, wrong.at("/problems/0/location/line").asInt(), "the line in the body");
        assertError(http.post("/v1/diff", "application/yaml", "[a, b]\n".getBytes(StandardCharsets.UTF_8)), 422, "wrong-type");
        JsonNode three = assertError(http.post("/v1/diff", "application/yaml", ("a: {}\nb: {}\nc: {}\n").getBytes(StandardCharsets.UTF_8)), 422, "missing-field");
        assertTrue(three.toString().contains("\"code\":\"unknown-field\"") && three.toString().contains("\"path\":\"c\""), "every problem, in body order: " + three);
        assertError(http.post("/v1/diff", "application/json", pair(Shipped.ARTICLE,
                Shipped.FACTS.resolve("2025-03-coalition-planning-uncertain.yaml"))), 422, "uncertain-facts");
    }

    // --- GET /v1/schema ---------------------------------------------------------------------------------------

    @Test
    void theSchemaIsTheOneTheRulesGenerate() throws IOException {
        HttpResponse<String> response = http.get("/v1/schema");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/schema+json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(Files.readString(Path.of("schema/facts.schema.json")), response.body(), "the committed schema is what the shipped rules give");
        assertTrue(http.get("/v1/schema", "Accept", "application/json").headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertError(http.get("/v1/schema", "Accept", "text/html"), 406, "not-acceptable");
        assertError(http.get("/v1/schema?pretty=1"), 400, "bad-parameter");
    }

    @Test
    void aBodyThatIsNotAFactSetMediaTypeIs415() {
        byte[] article = Shipped.ARTICLE.toString().getBytes(StandardCharsets.UTF_8);
        assertError(http.post("/v1/assessments", "text/csv", article), 415, "unsupported-media-type");
        assertError(http.post("/v1/assessments", null, article), 415, "unsupported-media-type");
        assertError(http.post("/v1/assessments", "application/yaml; charset=iso-8859-1", article), 415, "unsupported-media-type");
    }

    @Test
    void malformedDocumentsAre400WithTheFirstProblemsLocation() throws Exception {
        JsonNode body = assertError(http.postFile("/v1/assessments", Path.of(BAD, "broken-indentation.yaml")), 400, "syntax");
        assertEquals("<request>", body.at("/location/file").asText());
        assertEquals(6, body.at("/location/line").asInt());
        assertError(http.postFile("/v1/assessments", Path.of(BAD, "broken.json")), 400, "syntax");
        assertError(http.post("/v1/assessments", "application/yaml", new byte[] {'a', ':', ' ', (byte) 0xC3, '\n'}), 400, "not-utf8");
        assertError(http.post("/v1/assessments", "application/json", new byte[0]), 400, "syntax");
    }

    @Test
    void invalidFactSetsAre422WithEveryProblem() {
        JsonNode body = assertError(http.postFile("/v1/assessments", Path.of(BAD, "unknown-field.yaml")), 422, "unknown-field");
        assertEquals("facts[0].scop", body.at("/location/path").asText());
        assertEquals(5, body.at("/location/line").asInt());
        assertEquals(11, body.at("/location/column").asInt());
        JsonNode two = assertError(http.postFile("/v1/assessments", Path.of(BAD, "missing-scenario-and-date.yaml")), 422, "missing-field");
        assertEquals(2, two.get("problems").size(), two.toString());
        assertError(http.postFile("/v1/assessments?set=Ceasefire.scop%3Dx", Shipped.ARTICLE), 422, "bad-override");
    }

    @Test
    void bodiesOverTheLimitAre413WithOrWithoutALength() throws Exception {
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertError(http.post("/v1/assessments", "application/yaml", big), 413, "too-large");
        HttpRequest chunked = http.request("/v1/assessments").header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        assertError(http.send(chunked), 413, "too-large");
        // Announced far over the limit: answered before the body is sent, and the connection closed.
        try (RawClient client = new RawClient(http.base)) {
            RawClient.Answer answer = client.send(RawClient.postHead("/v1/assessments", "application/yaml", 10 * 1024 * 1024)).answer();
            assertEquals(413, answer.status(), answer.head());
            assertEquals("too-large", TestServer.JSON.readTree(answer.body()).get("error").asText());
        }
        // Nesting beyond the document reader's limit is too large too, whatever the byte count.
        assertError(http.post("/v1/assessments", "application/json", "[".repeat(100).getBytes(StandardCharsets.UTF_8)), 413, "too-large");
    }

    @Test
    void unknownQueryParametersAreRefusedNotIgnored() {
        JsonNode body = assertError(http.postFile("/v1/assessments?explian=true", Shipped.ARTICLE), 400, "bad-parameter");
        assertTrue(body.get("hint").asText().contains("explain"), body.toString());
        assertError(http.get("/v1/criteria?x=1"), 400, "bad-parameter");
        assertError(http.postFile("/v1/assessments?explain=perhaps", Shipped.ARTICLE), 400, "bad-parameter");
    }

    // --- Routing --------------------------------------------------------------------------------------------

    @Test
    void unknownPathsAre404AndOtherMethods405WithAllow() {
        assertError(http.get("/v2/assessments"), 404, "not-found");
        assertError(http.get("/"), 404, "not-found");
        HttpResponse<String> get = http.get("/v1/assessments");
        assertError(get, 405, "method-not-allowed");
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
        HttpResponse<String> delete = http.send(http.request("/v1/rules").DELETE().build());
        assertError(delete, 405, "method-not-allowed");
        assertEquals("GET, HEAD", delete.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> head = http.send(http.request("/healthz").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    // --- Listings and probes ----------------------------------------------------------------------------

    @Test
    void criteriaAndRulesListWhatTheServingRulesDeclare() {
        JsonNode criteria = TestServer.json(http.get("/v1/criteria"));
        assertEquals("readiness.criteria/1", criteria.get("schemaVersion").asText());
        assertEquals(10, criteria.get("criteria").size());
        assertEquals("ceasefire", criteria.at("/criteria/0/id").asText());
        assertTrue(criteria.at("/criteria/0/blocking").asBoolean());
        assertEquals("precondition", criteria.at("/criteria/0/kind").asText());
        JsonNode rules = TestServer.json(http.get("/v1/rules"));
        assertEquals("readiness.rules/1", rules.get("schemaVersion").asText());
        assertEquals(Shipped.readiness().rules().rules().size(), rules.get("rules").size());
        JsonNode first = rules.at("/rules/0");
        assertTrue(first.get("file").asText().endsWith("ceasefire.drl"), first.toString());
        assertTrue(first.get("line").asInt() > 0);
        assertEquals("ceasefire", first.get("criterion").asText());
        String hash = TestServer.json(http.postFile("/v1/assessments", Shipped.ARTICLE)).at("/record/rulesHash").asText();
        assertEquals(hash, rules.get("rulesHash").asText());
        assertEquals(hash, criteria.get("rulesHash").asText());
        assertEquals(Shipped.readiness().rules().hash(), hash);
        assertError(http.get("/v1/rules", "Accept", "text/html"), 406, "not-acceptable");
    }

    @Test
    void healthAndReadinessReportTheServingRules() {
        JsonNode health = TestServer.json(http.get("/healthz"));
        assertEquals("readiness.health/1", health.get("schemaVersion").asText());
        assertEquals("ok", health.get("status").asText());
        assertEquals(Shipped.readiness().rules().hash(), health.get("rulesHash").asText());
        assertFalse(health.has("reloadFailure"));
        assertEquals(200, http.get("/readyz").statusCode());
    }

    // --- Request ids --------------------------------------------------------------------------------------

    @Test
    void aClientsRequestIdIsKeptWhenItIsAPlainToken() {
        assertEquals("workflow-42.a", http.get("/healthz", "X-Request-Id", "workflow-42.a").headers().firstValue("X-Request-Id").orElseThrow());
        String replaced = http.get("/healthz", "X-Request-Id", "<script>").headers().firstValue("X-Request-Id").orElseThrow();
        assertNotEquals("<script>", replaced);
        assertTrue(replaced.matches("[0-9a-f]{8}-\\d+"), replaced);
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            ids.add(http.get("/healthz").headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertEquals(20, ids.size(), "unique");
    }

    // --- Metrics ------------------------------------------------------------------------------------------

    @Test
    void metricsCountRequestsEvaluationsAndTheRulesHash() {
        http.postFile("/v1/assessments", Shipped.ARTICLE);
        http.get("/no-such-thing");
        HttpResponse<String> response = http.get("/metrics");
        assertEquals(200, response.statusCode());
        assertEquals(Metrics.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElseThrow());
        String text = response.body();
        PrometheusText.assertValid(text);
        assertTrue(PrometheusText.value(text, "readiness_http_requests_total{route=\"/v1/assessments\",method=\"POST\",status=\"200\"}") >= 1, text);
        assertTrue(PrometheusText.value(text, "readiness_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"}") >= 1, text);
        assertTrue(PrometheusText.value(text, "readiness_evaluations_total{verdict=\"NO_GO\"}") >= 1, text);
        assertEquals(1, PrometheusText.value(text, "readiness_rules_info{hash=\"" + Shipped.readiness().rules().hash() + "\"}"), text);
        assertEquals(1, PrometheusText.value(text, "readiness_rules_reloads_total"), text);
        assertEquals(0, PrometheusText.value(text, "readiness_rules_reload_failures_total"), text);
        assertTrue(PrometheusText.value(text, "readiness_http_request_duration_seconds_count{route=\"/v1/assessments\"}") >= 1, text);
    }

    @Test
    void metricLabelsNeverCarryWhatAClientWrote() {
        http.get("/secret-path-" + System.nanoTime());
        assertFalse(http.get("/metrics").body().contains("secret-path"));
    }
}
