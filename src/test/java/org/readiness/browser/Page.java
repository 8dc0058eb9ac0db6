package org.readiness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One browser tab. It records what a page does on its own, which is what the tests assert on: the URL of
 * every request it makes, every dialog a script opens ({@code alert}, {@code confirm}: dismissed at once,
 * so a page cannot hang the test), and every uncaught script error.
 */
public final class Page implements AutoCloseable {

    private final Chromium browser;
    private final String session;
    private final String target;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    Page(Chromium browser, String session, String target) {
        this.browser = browser;
        this.session = session;
        this.target = target;
    }

    void start(int width, int height) {
        call("Page.enable", Map.of());
        call("Runtime.enable", Map.of());
        call("Network.enable", Map.of());
        viewport(width, height);
    }

    public void viewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Lays the page out as it prints ({@code @media print}), or back as on screen. */
    public void printMedia(boolean print) {
        call("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Navigates and waits for the load event: the document and everything it asked for are in. */
    public void open(URI uri) {
        loaded = new CompletableFuture<>();
        JsonNode result = call("Page.navigate", Map.of("url", uri.toString()));
        if (result.has("errorText")) {
            throw new IllegalStateException("could not open " + uri + ": " + result.get("errorText").asText());
        }
        try {
            loaded.get(Chromium.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(uri + " did not finish loading within " + Chromium.TIMEOUT.toSeconds() + " s", e);
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.get("result").path("value");
    }

    /** What a reader sees of the first element matching a CSS selector ({@code innerText}), or null. */
    public String text(String selector) {
        JsonNode value = evaluate("(() => { const e = document.querySelector(" + Chromium.JSON.valueToTree(selector)
                + "); return e ? e.innerText : null; })()");
        return value.isNull() ? null : value.asText();
    }

    public int count(String selector) {
        return evaluate("document.querySelectorAll(" + Chromium.JSON.valueToTree(selector) + ").length").asInt();
    }

    public byte[] screenshot(boolean fullPage) {
        return Base64.getDecoder().decode(call("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", fullPage)).get("data").asText());
    }

    /** Prints as a reader would, on A4, backgrounds included, with the page's own {@code @page} rules. */
    public byte[] pdf() {
        return Base64.getDecoder().decode(call("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                "printBackground", true, "preferCSSPageSize", true)).get("data").asText());
    }

    /** Every URL the page requested since it was opened, the document itself first. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The messages of the dialogs scripts opened ({@code alert(…)} and the like). */
    public List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Uncaught script errors. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    private JsonNode call(String method, Map<String, ?> params) {
        return browser.call(session, method, params);
    }

    void onEvent(JsonNode message) {
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
            case "Runtime.exceptionThrown" -> errors.add(params.path("exceptionDetails").toString());
            case "Page.javascriptDialogOpening" -> {
                dialogs.add(params.path("type").asText() + ": " + params.path("message").asText());
                // Answered from another thread: this one delivers the answer's reply.
                CompletableFuture.runAsync(() -> call("Page.handleJavaScriptDialog", Map.of("accept", false)));
            }
            default -> {
                // Other events are not needed by the tests.
            }
        }
    }

    @Override
    public void close() {
        browser.closeTarget(target);
    }
}
