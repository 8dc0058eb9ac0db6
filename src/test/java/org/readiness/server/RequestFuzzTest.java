package org.readiness.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.LocalConnector;
import org.readiness.Shipped;
import org.readiness.model.ProblemCode;
import org.readiness.report.OutputFormat;

/**
 * Coverage-guided fuzzing of everything a request passes through in the service: Jetty's parsing of the
 * request line and headers, routing, query parameters ({@code set}, {@code explain}, the evidence options),
 * Content-Type and Accept negotiation, body decoding and fact parsing, evaluation and rendering, on the
 * real server (the shipped rules) through an in-process connector, without sockets.
 *
 * <p>The input is a request as text: a request line, header lines, a blank line and a body. The harness
 * keeps the framing sound (its own {@code Content-Length}, {@code Connection: close}) so that every input
 * is one whole request; everything else is the fuzzer's. The only acceptable answers are the documented
 * ones: a 2xx, or a 4xx (or 505, for a request line in an HTTP version it does not speak) JSON error body with a
 * documented code and the request's id, all printable, within a few seconds. Any other 5xx, a hang, a
 * non-JSON error or a raw control character is a finding.
 *
 * <p>Every test run replays the committed corpus under
 * {@code src/test/resources/org/readiness/server/RequestFuzzTestInputs/}; the pom's {@code fuzz} execution
 * (and {@code bench/fuzz}) mutates it.
 */
class RequestFuzzTest {

    private static final ReadinessServer SERVER = ReadinessServer.start(TestServer.config(Shipped.RULES));
    private static final LocalConnector LOCAL = connect();
    private static final Set<Integer> DOCUMENTED = Set.of(200, 400, 404, 405, 406, 413, 415, 422, 426, 431, 505);
    private static final Set<String> ERROR_CODES = Stream.concat(
            Arrays.stream(HttpError.values()).filter(e -> e.status() < 500 || e == HttpError.HTTP_VERSION_NOT_SUPPORTED).map(HttpError::id),
            Arrays.stream(ProblemCode.values()).filter(c -> ProblemStatus.of(List.of(problem(c))) < 500).map(ProblemCode::id))
            .collect(Collectors.toSet());
    private static final Pattern HEAD = Pattern.compile("\\s*HEAD\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Framing is the harness's: these headers of the input are dropped. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection", "host", "expect", "upgrade");

    private static LocalConnector connect() {
        try {
            return SERVER.connectLocally();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.readiness.model.Problem problem(ProblemCode code) {
        return org.readiness.model.Problem.at(code, org.readiness.model.Location.of("x"), "x", null);
    }

    /** Words of the protocol and of fact sets, for the mutator to splice in (libFuzzer's dictionary: no line breaks or quotes). */
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"POST /v1/assessments?", "GET /v1/criteria", "GET /v1/rules", "GET /healthz", "GET /readyz", "GET /metrics",
        "HEAD ", " HTTP/1.1", "Content-Type: ", "Accept: ", "X-Request-Id: ", "application/json", "application/yaml",
        "text/yaml", "application/x-yaml", "+json", "text/plain", "text/html", "*/*", ";q=0.", "; charset=", "utf-8", "set=",
        "&set=", "explain=", "maxAge=", "minReliability=", "minCredibility=", "%3D", "%5B", "%5D", "%25", "%00", "Ceasefire.scope",
        "Support[party=US].political", "#2", "=comprehensive", "scenario: ", "asOf: 2025-03-21", "facts:", "  - type: ",
        "sources: [", "facts: [", "{type: ", "reliability: ", "credibility: "})
    void requestsAreAnsweredOrRefusedClearly(byte[] input) throws Exception {
        Request request = Request.of(input);
        ByteBuffer raw = LOCAL.getResponse(ByteBuffer.wrap(request.bytes()), 10, TimeUnit.SECONDS);
        assertNotNull(raw, "answered within 10 s: " + request);
        byte[] bytes = new byte[raw.remaining()];
        raw.get(bytes);
        Response response = Response.parse(bytes, request);
        assertTrue(DOCUMENTED.contains(response.status()), "a documented status: " + response + "\nfor " + request);
        String contentType = response.header("content-type");
        assertNotNull(contentType, "a Content-Type: " + response);
        assertEquals("nosniff", response.header("x-content-type-options"), response.toString());
        String id = response.header("x-request-id");
        assertTrue(id != null && REQUEST_ID.matcher(id).matches(), "a request id that is a plain token: " + response);
        response.headers().forEach((name, value) -> assertPrintable(value, "header " + name + " of " + response));
        if (request.head()) {
            return;
        }
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertPrintable(body, "the body of " + response);
        if (response.status() >= 400) {
            assertTrue(contentType.startsWith("application/json"), "an error is JSON: " + response);
            JsonNode error = TestServer.JSON.readTree(body);
            assertEquals("readiness.error/1", error.path("schemaVersion").asText(), body);
            assertTrue(ERROR_CODES.contains(error.path("error").asText()), "a documented error code: " + body);
            assertEquals(id, error.path("requestId").asText(), body);
            int problems = error.path("problems").size();
            assertTrue(problems >= 1 && problems <= Wire.MAX_PROBLEMS, body);
        } else if (contentType.startsWith("application/json")) {
            // One of Readiness's documents, or the facts schema asked for as plain JSON.
            JsonNode document = TestServer.JSON.readTree(body);
            assertTrue(document.path("schemaVersion").asText().startsWith("readiness.")
                    || document.path("$schema").asText().equals("https://json-schema.org/draft/2020-12/schema"), body);
        } else if (contentType.startsWith("text/html")) {
            // A briefing: never served without the policy that stops anything in it from running.
            assertEquals(OutputFormat.BRIEFING_POLICY, response.header("content-security-policy"), response.toString());
            assertTrue(body.startsWith("<!DOCTYPE html>"), response.toString());
        } else if (contentType.startsWith("application/schema+json")) {
            assertEquals("https://json-schema.org/draft/2020-12/schema", TestServer.JSON.readTree(body).path("$schema").asText(), body);
        } else {
            assertTrue(contentType.startsWith("text/plain") || contentType.startsWith("text/markdown"), response.toString());
        }
    }

    private static void assertPrintable(String text, String what) {
        assertTrue(text.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7F), "no raw control characters in " + what);
    }

    /** The input as one whole HTTP/1.1 request: its request line, its headers but the framing ones, its body. */
    record Request(String line, List<String> headers, byte[] body) {

        static Request of(byte[] input) {
            int split = indexOf(input, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            int skip = 4;
            int lf = indexOf(input, "\n\n".getBytes(StandardCharsets.ISO_8859_1));
            if (split < 0 || (lf >= 0 && lf < split)) {
                split = lf;
                skip = 2;
            }
            byte[] head = split < 0 ? input : Arrays.copyOf(input, split);
            byte[] body = split < 0 ? new byte[0] : Arrays.copyOfRange(input, split + skip, input.length);
            // ISO-8859-1 maps bytes to chars one to one: the head's bytes go out as they came.
            List<String> lines = new ArrayList<>(Arrays.asList(new String(head, StandardCharsets.ISO_8859_1).split("\n", -1)));
            lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            String line = lines.remove(0);
            List<String> headers = lines.stream().filter(h -> !h.isEmpty())
                    .filter(h -> !FRAMING.contains(h.split(":", 2)[0].trim().toLowerCase(Locale.ROOT))).toList();
            return new Request(line, headers, body);
        }

        /** A HEAD request (Jetty reads the method without regard to case) is answered without a body. */
        boolean head() {
            return HEAD.matcher(line).lookingAt();
        }

        byte[] bytes() {
            StringBuilder text = new StringBuilder(line).append("\r\nHost: localhost\r\n");
            headers.forEach(h -> text.append(h).append("\r\n"));
            text.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return new String(bytes(), StandardCharsets.ISO_8859_1).replace("\r", "\\r");
        }
    }

    /** A response as read off the connector: status, headers (lower-case names, last value wins), body. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        static Response parse(byte[] bytes, Request request) {
            int split = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(split > 0, "an HTTP response: " + new String(bytes, StandardCharsets.ISO_8859_1) + "\nfor " + request);
            String[] lines = new String(bytes, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
            assertTrue(lines[0].startsWith("HTTP/1.") && lines[0].length() >= 12, "a status line: " + lines[0] + "\nfor " + request);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":", 2);
                headers.put(header[0].trim().toLowerCase(Locale.ROOT), header.length > 1 ? header[1].trim() : "");
            }
            return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, Arrays.copyOfRange(bytes, split + 4, bytes.length));
        }

        String header(String name) {
            return headers.get(name);
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + new String(body, StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
