package org.readiness.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Faults under load: well-formed assessments from a few keep-alive clients, first alone (clean), then while
 * every kind of trouble runs at once (faults), then alone again (recovery). The trouble: a rule file broken
 * and repaired in turn, malformed bodies and requests, clients trickling their heads and their bodies a
 * byte at a time, clients vanishing mid-request, and more idle or half-sent connections than the server has
 * threads. It reports, per phase, the well-formed requests' count, rate, p50, p99 and every answer that was
 * not a 200; and for each kind of trouble, what it got back (statuses, or the service closing the
 * connection). The service must answer no 5xx to anything, and every well-formed request 200.
 *
 * <p>Plain sockets throughout: the clients measure what the server does, not a client library's pool.
 * {@code FaultLoadTest} runs a few seconds of it in {@code mvn verify}; {@code bench/serve-faults} runs it
 * for minutes against {@code readiness serve} as its own process:
 * <pre>java -cp … org.readiness.server.FaultLoad URL RULES_DIR [SECONDS] [CLIENTS]</pre>
 */
public final class FaultLoad {

    enum Phase { CLEAN, FAULTS, RECOVERY }

    /**
     * @param rules       the served rules directory: one of its files is broken and repaired during the faults
     * @param warmUp      well-formed requests before the clean phase, not reported: the server's JIT warms up
     * @param clients     well-formed clients, each on its own keep-alive connection
     * @param slowClients clients trickling heads, and as many trickling bodies
     * @param idle        connections held open during the faults, idle or with half a head
     * @param maxBody     the server's {@code --max-body}, to send a body one byte over it
     * @param trickle     the pause between two bytes of a slow client
     * @param flip        how long the rule file stays broken, then repaired
     */
    record Settings(URI base, Path rules, Duration warmUp, Duration clean, Duration faults, Duration recovery, int clients, int slowClients,
                    int idle, long maxBody, Duration trickle, Duration flip) {
    }

    /**
     * What the well-formed requests of one phase got: all of them, their latencies, what was not a 200,
     * and for the first few that got no answer at all, when and on what connection (to tell why).
     */
    record WellFormed(Phase phase, long requests, double seconds, long p50Nanos, long p99Nanos, Map<String, Long> notOk,
                      List<String> incidents) {
        double perSecond() {
            return requests / seconds;
        }

        long failures() {
            return notOk.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** What one kind of trouble got back: statuses ("400"), or how the connection ended. */
    record Hostile(String kind, Map<String, Long> outcomes) {
        long total() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        long serverErrors() {
            return outcomes.entrySet().stream().filter(e -> e.getKey().startsWith("5")).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * The service's own counts after the run, from GET /metrics: the 5xx it answered during the run (its
     * counters' growth, by series), the bytes of bodies and the connections it still holds.
     */
    record Counters(long answered5xx, Map<String, Long> series5xx, long bodyBytesHeld, long connections, long reloads, long reloadFailures,
                    long slowClientsClosed) {
    }

    record Report(Settings settings, List<WellFormed> phases, List<Hostile> hostile, Counters after) {

        long serverErrors() {
            return hostile.stream().mapToLong(Hostile::serverErrors).sum() + after.answered5xx()
                    + phases.stream().flatMap(p -> p.notOk().entrySet().stream()).filter(e -> e.getKey().startsWith("5"))
                    .mapToLong(Map.Entry::getValue).sum();
        }

        long wellFormedFailures() {
            return phases.stream().mapToLong(WellFormed::failures).sum();
        }

        WellFormed phase(Phase phase) {
            return phases.stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
        }

        Hostile hostile(String kind) {
            return hostile.stream().filter(h -> h.kind().equals(kind)).findFirst().orElseThrow();
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "well-formed POST /v1/assessments (%d keep-alive clients):%n", settings.clients()));
            out.append(String.format(Locale.ROOT, "  %-9s %9s %11s %9s %9s  %s%n", "phase", "requests", "requests/s", "p50", "p99", "not 200"));
            for (WellFormed p : phases) {
                out.append(String.format(Locale.ROOT, "  %-9s %9d %11.0f %9s %9s  %s%n", p.phase().name().toLowerCase(Locale.ROOT),
                        p.requests(), p.perSecond(), millis(p.p50Nanos()), millis(p.p99Nanos()), p.notOk().isEmpty() ? "none" : p.notOk()));
            }
            phases.forEach(p -> p.incidents().forEach(i -> out.append("  no answer: ").append(i).append('\n')));
            WellFormed clean = phase(Phase.CLEAN);
            WellFormed recovery = phase(Phase.RECOVERY);
            out.append(String.format(Locale.ROOT, "  recovery/clean: requests/s %.2f, p50 %.2f, p99 %.2f%n",
                    recovery.perSecond() / clean.perSecond(), (double) recovery.p50Nanos() / clean.p50Nanos(),
                    (double) recovery.p99Nanos() / clean.p99Nanos()));
            out.append("trouble during the faults phase, and what it got back:\n");
            for (Hostile h : hostile) {
                out.append(String.format(Locale.ROOT, "  %-44s %6d  %s%n", h.kind(), h.total(), h.outcomes()));
            }
            out.append(String.format(Locale.ROOT,
                    "service after: 5xx answered %d, body bytes held %d, connections %d, rule loads %d, failed loads %d, slow heads cut off %d%n",
                    after.answered5xx(), after.bodyBytesHeld(), after.connections(), after.reloads(), after.reloadFailures(),
                    after.slowClientsClosed()));
            after.series5xx().forEach((series, n) -> out.append("  ").append(series).append(" +").append(n).append('\n'));
            out.append(String.format(Locale.ROOT, "5xx: %d; well-formed requests not answered 200: %d%n", serverErrors(), wellFormedFailures()));
            return out.toString();
        }

        private static String millis(long nanos) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
    }

    static final String MALFORMED = "malformed bodies and requests";
    static final String SLOW_HEADS = "heads trickled a byte at a time";
    static final String SLOW_BODIES = "bodies trickled a byte at a time";
    static final String VANISHING = "clients vanishing mid-request";
    static final String IDLE = "idle and half-sent connections held";
    static final String RULES = "rule file broken, then repaired";

    private static final Path ARTICLE = Path.of("facts/2025-03-coalition-planning.yaml");
    private static final Path BAD = Path.of("src/test/resources/bad-input/facts");
    private static final String RULE_FILE = "ceasefire.drl";

    private final Settings settings;
    private final byte[] article;

    FaultLoad(Settings settings) throws IOException {
        this.settings = settings;
        this.article = Files.readAllBytes(ARTICLE);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FaultLoad URL RULES_DIR [SECONDS] [CLIENTS]");
            System.exit(2);
        }
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        Settings settings = new Settings(URI.create(args[0]), Path.of(args[1]), Duration.ofSeconds(30), Duration.ofSeconds(seconds), Duration.ofSeconds(seconds),
                Duration.ofSeconds(seconds), clients, 16, 256, ServerConfig.DEFAULT_MAX_BODY, Duration.ofMillis(200), Duration.ofSeconds(3));
        Report report = new FaultLoad(settings).run();
        System.out.print(report.render());
        System.exit(report.serverErrors() == 0 && report.wellFormedFailures() == 0 ? 0 : 1);
    }

    Report run() throws Exception {
        Map<String, Long> before = series5xx(metrics());
        if (!settings.warmUp().isZero()) {
            wellFormed(Phase.CLEAN, settings.warmUp(), List.of());
        }
        List<WellFormed> phases = new ArrayList<>();
        phases.add(wellFormed(Phase.CLEAN, settings.clean(), List.of()));
        List<Trouble> trouble = List.of(new Trouble(MALFORMED, 2, this::malformed), new Trouble(SLOW_HEADS, settings.slowClients(), this::slowHead),
                new Trouble(SLOW_BODIES, settings.slowClients(), this::slowBody), new Trouble(VANISHING, 1, this::vanish),
                new Trouble(IDLE, 1, this::holdIdle), new Trouble(RULES, 1, this::flipRules));
        phases.add(wellFormed(Phase.FAULTS, settings.faults(), trouble));
        phases.add(wellFormed(Phase.RECOVERY, settings.recovery(), List.of()));
        List<Hostile> hostile = trouble.stream().map(t -> new Hostile(t.kind, t.outcomes())).toList();
        return new Report(settings, phases, hostile, counters(before));
    }

    // --- Well-formed clients ----------------------------------------------------------------------------------

    /** Runs the well-formed clients for {@code length}, with {@code trouble} alongside; stops and waits for all. */
    private WellFormed wellFormed(Phase phase, Duration length, List<Trouble> trouble) throws InterruptedException {
        byte[] request = request("POST", "/v1/assessments", "application/yaml", article);
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> latencies = new CopyOnWriteArrayList<>();
        Map<String, LongAdder> notOk = new ConcurrentHashMap<>();
        List<String> incidents = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (Trouble t : trouble) {
            threads.addAll(t.start(running));
        }
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < settings.clients(); i++) {
            clients.add(thread("well-formed-" + i, () -> {
                long[] mine = new long[1024];
                int n = 0;
                Connection connection = null;
                try {
                    while (running.get()) {
                        long begin = System.nanoTime();
                        try {
                            if (connection == null) {
                                connection = new Connection(settings.base());
                            }
                            int status = connection.exchange(request);
                            if (status != 200) {
                                notOk.computeIfAbsent(String.valueOf(status), k -> new LongAdder()).increment();
                            }
                        } catch (IOException e) {
                            if (incidents.size() < 10) {
                                incidents.add(String.format(Locale.ROOT, "%s at %.3f s: %s, on a connection after %d answers, %d ms after the last",
                                        phase.name().toLowerCase(Locale.ROOT), (begin - start) / 1e9, e,
                                        connection == null ? 0 : connection.requests,
                                        connection == null ? 0 : (begin - connection.lastAnswer) / 1_000_000));
                            }
                            notOk.computeIfAbsent("no answer: " + e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                            close(connection);
                            connection = null;
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - begin;
                        if (connection != null && connection.closed) {
                            close(connection);
                            connection = null;
                        }
                    }
                } finally {
                    close(connection);
                    latencies.add(Arrays.copyOf(mine, n));
                }
            }));
        }
        Thread.sleep(length.toMillis());
        running.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Thread client : clients) {
            client.join();
        }
        for (Trouble t : trouble) {
            t.stop();
        }
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Long> failures = new TreeMap<>();
        notOk.forEach((k, v) -> failures.put(k, v.sum()));
        return new WellFormed(phase, all.length, seconds, percentile(all, 0.50), percentile(all, 0.99), failures, List.copyOf(incidents));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    // --- Trouble ----------------------------------------------------------------------------------------------

    /** One kind of trouble: {@code threads} threads running {@code body} until stopped, counting outcomes. */
    private static final class Trouble {
        final String kind;
        final int threads;
        final Body body;
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        /** Sockets open now, closed at the stop so that no thread stays blocked on one. */
        final List<Socket> open = new CopyOnWriteArrayList<>();

        interface Body {
            void run(Trouble trouble, BooleanSupplier running) throws Exception;
        }

        Trouble(String kind, int threads, Body body) {
            this.kind = kind;
            this.threads = threads;
            this.body = body;
        }

        List<Thread> start(AtomicBoolean running) {
            List<Thread> started = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                started.add(thread(kind + "-" + i, () -> {
                    try {
                        body.run(this, running::get);
                    } catch (Exception e) {
                        if (running.get()) {
                            count("harness failed: " + e);
                        }
                    }
                }));
            }
            return started;
        }

        void count(String outcome) {
            outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        }

        Socket connect(URI base) throws IOException {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            open.add(socket);
            return socket;
        }

        void done(Socket socket) {
            open.remove(socket);
            close(socket);
        }

        void stop() {
            open.forEach(FaultLoad::close);
        }

        Map<String, Long> outcomes() {
            Map<String, Long> counts = new TreeMap<>();
            outcomes.forEach((k, v) -> counts.put(k, v.sum()));
            return counts;
        }
    }

    /** Bodies and requests that must each get their 4xx, in turn on one keep-alive connection. */
    private void malformed(Trouble t, BooleanSupplier running) throws IOException {
        byte[] over = new byte[(int) settings.maxBody() + 1];
        Arrays.fill(over, (byte) ' ');
        List<byte[]> requests = List.of(
                request("POST", "/v1/assessments", "application/yaml", Files.readAllBytes(BAD.resolve("broken-indentation.yaml"))),
                request("POST", "/v1/assessments", "application/json", Files.readAllBytes(BAD.resolve("broken.json"))),
                request("POST", "/v1/assessments", "application/yaml", Files.readAllBytes(BAD.resolve("unknown-field.yaml"))),
                request("POST", "/v1/assessments", "application/yaml", Files.readAllBytes(BAD.resolve("alias-bomb.yaml"))),
                request("POST", "/v1/assessments", "application/yaml", Files.readAllBytes(BAD.resolve("utf16.yaml"))),
                request("POST", "/v1/assessments", "application/json", new byte[0]),
                request("POST", "/v1/assessments", "text/csv", article),
                request("POST", "/v1/assessments?explian=true", "application/yaml", article),
                request("POST", "/v1/assessments?set=garbage", "application/yaml", article),
                request("POST", "/v1/assessments", "application/yaml", over),
                request("GET", "/v1/nothing", null, new byte[0]),
                "BLAH /\u0001 HTTP/9.9\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        Connection connection = null;
        for (int i = 0; running.getAsBoolean(); i++) {
            try {
                if (connection == null || connection.closed) {
                    close(connection);
                    connection = new Connection(settings.base());
                    t.open.add(connection.socket);
                }
                t.count(String.valueOf(connection.exchange(requests.get(i % requests.size()))));
            } catch (IOException e) {
                if (running.getAsBoolean()) {
                    t.count("no answer: " + e.getClass().getSimpleName());
                }
                close(connection);
                connection = null;
            }
        }
        close(connection);
    }

    /** A head sent a byte at a time: the service must cut it off (or answer it), never wait for ever. */
    private void slowHead(Trouble t, BooleanSupplier running) throws Exception {
        byte[] head = ("POST /v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\nX-Filler: "
                + "x".repeat(4000) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        while (running.getAsBoolean()) {
            Socket socket = t.connect(settings.base());
            try {
                String outcome = trickle(socket, head, 0, running);
                if (running.getAsBoolean()) {
                    t.count(outcome);
                }
            } finally {
                t.done(socket);
            }
        }
    }

    /** A whole head, then its body a byte at a time: the service must answer 408 at its time limit. */
    private void slowBody(Trouble t, BooleanSupplier running) throws Exception {
        byte[] whole = request("POST", "/v1/assessments", "application/yaml", article);
        int headLength = whole.length - article.length;
        while (running.getAsBoolean()) {
            Socket socket = t.connect(settings.base());
            try {
                socket.getOutputStream().write(whole, 0, headLength);
                String outcome = trickle(socket, whole, headLength, running);
                if (running.getAsBoolean()) {
                    t.count(outcome);
                }
            } finally {
                t.done(socket);
            }
        }
    }

    /**
     * Sends {@code bytes} from {@code from} one at a time; how it ended: the status answered, the service
     * closing, or (a failure of the service's limits) still open after a minute.
     */
    private String trickle(Socket socket, byte[] bytes, int from, BooleanSupplier running) throws IOException, InterruptedException {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int i = from; i < bytes.length && running.getAsBoolean(); i++) {
            try {
                out.write(bytes[i]);
                out.flush();
            } catch (IOException e) {
                return "closed by the service";
            }
            Thread.sleep(settings.trickle().toMillis());
            socket.setSoTimeout(1);
            try {
                int first = in.read();
                if (first < 0) {
                    return "closed by the service";
                }
                socket.setSoTimeout(10_000);
                return statusOf(first, in);
            } catch (SocketTimeoutException e) {
                // nothing yet: go on trickling
            } catch (IOException e) {
                return "closed by the service";
            }
            if (System.nanoTime() > deadline) {
                return "not cut off within a minute";
            }
        }
        return running.getAsBoolean() ? "sent whole" : "stopped";
    }

    /** Half a request, then a reset: the service must drop it and carry on. */
    private void vanish(Trouble t, BooleanSupplier running) throws Exception {
        byte[] whole = request("POST", "/v1/assessments", "application/yaml", article);
        int[] cuts = {20, whole.length - article.length, whole.length - article.length / 2};
        for (int i = 0; running.getAsBoolean(); i++) {
            Socket socket = t.connect(settings.base());
            socket.getOutputStream().write(whole, 0, cuts[i % cuts.length]);
            socket.setSoLinger(true, 0);
            t.done(socket);
            t.count(new String[] {"vanished in the head", "vanished before the body", "vanished mid-body"}[i % cuts.length]);
            Thread.sleep(5);
        }
    }

    /** Holds {@code idle} connections, half silent and half with half a head, opening new ones as the service closes them. */
    private void holdIdle(Trouble t, BooleanSupplier running) throws Exception {
        byte[] half = "GET /healthz HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1);
        List<Socket> held = new ArrayList<>();
        while (running.getAsBoolean()) {
            while (held.size() < settings.idle()) {
                Socket socket = t.connect(settings.base());
                if (held.size() % 2 == 1) {
                    socket.getOutputStream().write(half);
                }
                held.add(socket);
                t.count("opened");
            }
            for (Socket socket : List.copyOf(held)) {
                if (running.getAsBoolean() && closedByService(socket)) {
                    t.count("closed by the service");
                    held.remove(socket);
                    t.done(socket);
                }
            }
            pause(Duration.ofMillis(250), running);
        }
        held.forEach(t::done);
    }

    /** Breaks a rule file (a DRL syntax error) and repairs it, in turn, saving as editors do: a rename over it. */
    private void flipRules(Trouble t, BooleanSupplier running) throws Exception {
        Path file = settings.rules().resolve(RULE_FILE);
        String good = Files.readString(file);
        String broken = good.replaceFirst("(?m)^when$", "whenn");
        try {
            while (running.getAsBoolean()) {
                save(file, broken);
                t.count("broken");
                pause(settings.flip(), running);
                save(file, good);
                t.count("repaired");
                pause(settings.flip(), running);
            }
        } finally {
            save(file, good);
        }
    }

    /** Sleeps for {@code length}, or less once the phase is over. */
    private static void pause(Duration length, BooleanSupplier running) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        while (running.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    private static void save(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp~");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // --- The service's counts ---------------------------------------------------------------------------------

    /** Waits (up to 20 s) for the service to let go of the trouble's bodies, then reads its counters. */
    private Counters counters(Map<String, Long> before) throws IOException, InterruptedException {
        String metrics = metrics();
        for (int i = 0; i < 80 && value(metrics, "readiness_http_request_body_bytes") != 0; i++) {
            Thread.sleep(250);
            metrics = metrics();
        }
        Map<String, Long> during = new TreeMap<>();
        series5xx(metrics).forEach((series, n) -> {
            long more = n - before.getOrDefault(series, 0L);
            if (more > 0) {
                during.put(series, more);
            }
        });
        long answered5xx = during.values().stream().mapToLong(Long::longValue).sum();
        return new Counters(answered5xx, during, value(metrics, "readiness_http_request_body_bytes"), value(metrics, "readiness_http_connections"),
                value(metrics, "readiness_rules_reloads_total"), value(metrics, "readiness_rules_reload_failures_total"),
                value(metrics, "readiness_http_slow_clients_closed_total"));
    }

    /** The request counters of 5xx statuses, by series. */
    private static Map<String, Long> series5xx(String metrics) {
        Map<String, Long> series = new TreeMap<>();
        metrics.lines().filter(l -> l.startsWith("readiness_http_requests_total{") && l.contains("status=\"5"))
                .forEach(l -> series.put(l.substring(0, l.lastIndexOf(' ')), (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))));
        return series;
    }

    private String metrics() throws IOException {
        try (Connection connection = new Connection(settings.base())) {
            connection.exchange(request("GET", "/metrics", null, new byte[0]));
            return connection.body;
        }
    }

    private static long value(String metrics, String series) {
        return metrics.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .map(l -> (long) Double.parseDouble(l.substring(series.length() + 1).trim())).orElse(-1L);
    }

    // --- The wire ---------------------------------------------------------------------------------------------

    /** A whole request: head and body. */
    private static byte[] request(String method, String target, String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body.length > 0 || method.equals("POST")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A keep-alive HTTP/1.1 connection: one request, one whole response (by its Content-Length), in turn. */
    private static final class Connection implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        boolean closed;
        String body;
        /** Answers read on this connection, and when the last was. */
        int requests;
        long lastAnswer = System.nanoTime();

        Connection(URI base) throws IOException {
            socket = new Socket();
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int first = in.read();
            if (first < 0) {
                throw new java.io.EOFException("closed before answering");
            }
            String head = readHead(first, in);
            int status = Integer.parseInt(head.substring(9, 12));
            int length = 0;
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            requests++;
            lastAnswer = System.nanoTime();
            return status;
        }

        @Override
        public void close() {
            FaultLoad.close(socket);
        }
    }

    private static String statusOf(int first, InputStream in) throws IOException {
        String head = readHead(first, in);
        return head.startsWith("HTTP/1.") && head.length() >= 12 ? head.substring(9, 12) : "not HTTP: " + head;
    }

    /** The response head, from its first byte to the blank line. */
    private static String readHead(int first, InputStream in) throws IOException {
        StringBuilder head = new StringBuilder().append((char) first);
        while (head.length() < 16384 && !(head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n"))) {
            int b = in.read();
            if (b < 0) {
                throw new java.io.EOFException("the response head broke off");
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static boolean closedByService(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void close(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing is best effort: the socket may be gone already
            }
        }
    }
}
