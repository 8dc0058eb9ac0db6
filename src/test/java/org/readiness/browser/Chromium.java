package org.readiness.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real headless Chromium, driven over the Chrome DevTools Protocol through the JDK's own WebSocket
 * client: no WebDriver, no driver binary to keep in step with the browser, and direct access to what
 * the tests must observe (every network request, every dialog a script opens, print-to-PDF, screenshots).
 *
 * <p>{@link #launch} finds the browser on the PATH ({@code chromium}, {@code chromium-browser},
 * {@code google-chrome}…) or in {@code $READINESS_CHROMIUM}. Without one, tests are skipped with a
 * message saying how to install it; under {@code CI=true} (set by {@code .ci/run}) they fail instead.
 */
public final class Chromium implements AutoCloseable {

    static final String INSTALL_HINT = "install Chromium (Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; "
            + "macOS: brew install --cask chromium) or set READINESS_CHROMIUM to a Chrome or Chromium executable";
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
    /** Flags that keep a headless browser quiet on a closed network: no background connections, no updates, no sync. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
            "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--font-render-hinting=none", "--remote-debugging-port=0");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean warned;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, URI endpoint) throws InterruptedException, ExecutionException, TimeoutException {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(endpoint, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The browser, or the test is skipped (failed under CI) with how to install one. */
    public static Chromium launch() {
        Optional<Path> executable = find();
        if (executable.isEmpty()) {
            String message = "No Chromium found for the browser tests: " + INSTALL_HINT;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (.ci/run installs it with apt-get)");
            }
            if (!warned) {
                warned = true;
                System.err.println("SKIPPED: " + message);
            }
            abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("readiness-chromium-");
            List<String> command = new ArrayList<>();
            command.add(executable.get().toString());
            command.addAll(FLAGS);
            command.add("--user-data-dir=" + profile);
            command.add("about:blank");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
            return new Chromium(process, profile, endpoint(process, profile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not connect to Chromium's DevTools endpoint", e);
        }
    }

    static Optional<Path> find() {
        String configured = System.getenv("READINESS_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return NAMES.stream()
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Chromium writes the port it chose and the browser's WebSocket path to DevToolsActivePort in its profile. */
    private static URI endpoint(Process process, Path profile) throws IOException, InterruptedException {
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it was ready; see "
                        + profile.resolveSibling(profile.getFileName() + ".log"));
            }
            if (Files.exists(active)) {
                List<String> lines = Files.readAllLines(active);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            }
            Thread.sleep(25);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Chromium did not open its DevTools endpoint within " + TIMEOUT.toSeconds() + " s");
    }

    /** A new tab of the given viewport size, with page, runtime and network events on. */
    public Page newPage(int width, int height) {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        Page page = new Page(this, session, target);
        sessions.put(session, page::onEvent);
        page.start(width, height);
        return page;
    }

    void closeTarget(String target) {
        call(null, "Target.closeTarget", Map.of("targetId", target));
    }

    /** Sends one command (to a page's session, or to the browser when null) and waits for its result. */
    JsonNode call(String session, String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        try {
            socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode response = result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (response.has("error")) {
                throw new IllegalStateException(method + " failed: " + response.get("error"));
            }
            return response.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " did not answer within " + TIMEOUT.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
    }

    private void dispatch(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.get(message.get("id").asInt());
            if (waiting != null) {
                waiting.complete(message);
            }
        } else if (message.has("sessionId")) {
            Consumer<JsonNode> page = sessions.get(message.get("sessionId").asText());
            if (page != null) {
                page.accept(message);
            }
        }
    }

    @Override
    public void close() {
        try {
            call(null, "Browser.close", Map.of());
        } catch (RuntimeException e) {
            // It may already be gone; it is stopped below either way.
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
        profile.resolveSibling(profile.getFileName() + ".log").toFile().delete();
    }

    /** Reassembles messages that arrive in several frames (screenshots and PDFs are large). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    dispatch(JSON.readTree(text));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
