package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/readiness.jar serve} as a real process: SIGTERM while requests run drains them
 * and exits 0 with every decision logged, listening on loopback only; bad rules at start exit 3; a port in
 * use or a decision log that cannot be appended to exits 4, with one line, before anything listens.
 */
class ServeIT {

    static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    static Process serve(String... args) throws IOException {
        return serve(null, args);
    }

    static Process serve(Path stderr, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target", "readiness.jar").toString(), "serve"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stderr != null) {
            builder.redirectError(stderr.toFile());
        }
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    @Test
    void sigtermWhileRequestsRunDrainsThemAndExitsZero() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        // Standard error goes to a file: reading a process's pipe from a thread while it exits can fail.
        Path stderrFile = dir.resolve("stderr.txt");
        Process process = serve(stderrFile, "--port", "0", "--decision-log", log.toString());
        URI base = null;
        for (int i = 0; i < 1200 && base == null && process.isAlive(); i++) {
            Matcher m = LISTENING.matcher(Files.readString(stderrFile));
            if (m.find()) {
                base = URI.create(m.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(base != null, Files.readString(stderrFile));
        assertUnreachableFromOtherInterfaces(base.getPort());
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/readyz")).build();
        for (int i = 0; i < 600 && client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200; i++) {
            Thread.sleep(50);
        }
        byte[] article = Files.readAllBytes(Path.of("facts/2025-03-coalition-planning.yaml"));
        HttpRequest assess = HttpRequest.newBuilder(base.resolve("/v1/assessments")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(article)).build();
        AtomicInteger ok = new AtomicInteger();
        Set<String> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger wrong = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                while (true) {
                    try {
                        HttpResponse<String> response = client.send(assess, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().endsWith("}\n")) {
                            ok.incrementAndGet();
                            answered.add(response.headers().firstValue("X-Request-Id").orElseThrow());
                        } else if (response.statusCode() != 503) {
                            wrong.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the service has stopped accepting
                    }
                }
            });
            thread.start();
            clients.add(thread);
        }
        Thread.sleep(1500);
        process.destroy(); // SIGTERM
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the service stops");
        for (Thread thread : clients) {
            thread.join(30_000);
        }
        String allErr = Files.readString(stderrFile);
        assertEquals(0, process.exitValue(), allErr);
        assertTrue(allErr.contains("readiness: stopped"), allErr);
        assertFalse(allErr.contains("Exception"), allErr);
        assertEquals(0, wrong.get());
        assertTrue(ok.get() > 4, "requests ran: " + ok.get());
        List<String> lines = Files.readAllLines(log);
        assertEquals(ok.get(), lines.size(), "every assessment answered is logged, whole");
        ObjectMapper json = new ObjectMapper();
        Set<String> logged = new HashSet<>();
        for (String line : lines) {
            assertEquals("NO_GO", json.readTree(line).get("verdict").asText());
            logged.add(json.readTree(line).get("requestId").asText());
        }
        assertEquals(answered, logged, "the lines are those of the answers, each whole");
    }

    /**
     * Listening on loopback by default: a connection to the port at any other address of this machine is
     * refused. (Nothing to try on a machine with no other address.)
     */
    static void assertUnreachableFromOtherInterfaces(int port) throws IOException {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream().filter(a -> !a.isLinkLocalAddress()).forEach(others::add);
            }
        }

        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2_000);
                throw new AssertionError("the service answers on " + address + ": it should listen on loopback only");
            } catch (ConnectException | java.net.SocketTimeoutException expected) {
                // refused (or filtered): not listening there
            }
        }
    }

    @Test
    void aDecisionLogThatCannotBeAppendedToIsOneLineAndExitFourBeforeAnythingListens() throws Exception {
        String[][] cases = {
            {"/proc/readiness-decisions.jsonl", "files cannot be created in /proc"},
            {dir.resolve("no-such-dir/decisions.jsonl").toString(), "the directory " + dir.resolve("no-such-dir") + " does not exist"},
            {dir.toString(), "it is a directory"}};
        for (String[] c : cases) {
            Process process = serve("--port", "0", "--decision-log", c[0]);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(4, process.exitValue(), err);
            assertEquals(List.of(c[0] + ": cannot append to the decision log: " + c[1] + "; choose a writable --decision-log file [io-error]"),
                    err.lines().toList(), "one line, and nothing started: no 'listening on'");
        }
    }

    @Test
    void brokenRulesAtStartExitThreeWithTheProblem() throws Exception {
        Process process = serve("--port", "0", "--rules", "src/test/resources/bad-input/rules/drl-syntax");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, process.exitValue(), err);
        assertTrue(err.contains("[drl-syntax]"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void aPortInUseExitsFour() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Process process = serve("--port", String.valueOf(taken.getLocalPort()));
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(4, process.exitValue(), err);
            assertTrue(err.contains("cannot listen"), err);
        }
    }
}
