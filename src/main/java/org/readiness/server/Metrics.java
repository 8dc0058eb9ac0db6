package org.readiness.server;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.readiness.model.Verdict;

/**
 * The service's counters, in the Prometheus text exposition format (version 0.0.4). Hand-written: a few
 * counters and one histogram do not need a metrics library. Label values come from fixed sets (routes,
 * methods, statuses, verdicts, the rules hash), never from what a client wrote, so a client cannot make the
 * series grow without bound.
 */
final class Metrics {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Seconds; evaluation takes well under a millisecond, so the buckets start fine. */
    static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Any other method is counted as {@code other}. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    static final String UNMATCHED = "unmatched";

    private record RequestKey(String route, String method, int status) {
    }

    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> durations = new ConcurrentHashMap<>();
    private final Map<Verdict, LongAdder> evaluations = new ConcurrentHashMap<>();
    private final LongAdder reloads = new LongAdder();
    private final LongAdder reloadFailures = new LongAdder();
    private final LongAdder decisionLogFailures = new LongAdder();
    private final LongAdder slowClientsClosed = new LongAdder();
    private volatile Supplier<LiveRules.State> rules = () -> null;
    private volatile IntSupplier connections = () -> 0;
    private volatile LongSupplier bodyBytes = () -> 0;

    void request(String route, String method, int status, long nanos) {
        String m = METHODS.contains(method) ? method : "other";
        requests.computeIfAbsent(new RequestKey(route, m, status), k -> new LongAdder()).increment();
        durations.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    /** The rules serving, the open connections and the bytes of request bodies held, read when the metrics are rendered. */
    void gauges(Supplier<LiveRules.State> serving, IntSupplier openConnections, LongSupplier heldBodyBytes) {
        this.rules = serving;
        this.connections = openConnections;
        this.bodyBytes = heldBodyBytes;
    }

    void evaluated(Verdict verdict) {
        evaluations.computeIfAbsent(verdict, k -> new LongAdder()).increment();
    }

    void reloaded() {
        reloads.increment();
    }

    void reloadFailed() {
        reloadFailures.increment();
    }

    void slowClientClosed() {
        slowClientsClosed.increment();
    }

    void decisionLogFailed() {
        decisionLogFailures.increment();
    }

    String render() {
        StringBuilder out = new StringBuilder(4096);
        header(out, "readiness_http_requests_total", "counter", "HTTP requests answered, by route, method and status.");
        requests.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<RequestKey, LongAdder> e) -> e.getKey().route())
                        .thenComparing(e -> e.getKey().method()).thenComparingInt(e -> e.getKey().status()))
                .forEach(e -> out.append("readiness_http_requests_total{route=\"").append(escape(e.getKey().route()))
                        .append("\",method=\"").append(e.getKey().method()).append("\",status=\"").append(e.getKey().status())
                        .append("\"} ").append(e.getValue().sum()).append('\n'));
        header(out, "readiness_http_request_duration_seconds", "histogram",
                "Time from the first byte of a request to its last byte answered, by route.");
        durations.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> histogram(out, escape(e.getKey()), e.getValue()));
        header(out, "readiness_evaluations_total", "counter", "Fact sets evaluated, by verdict.");
        for (Verdict verdict : Verdict.values()) {
            LongAdder count = evaluations.get(verdict);
            out.append("readiness_evaluations_total{verdict=\"").append(verdict.name()).append("\"} ")
                    .append(count == null ? 0 : count.sum()).append('\n');
        }
        header(out, "readiness_rules_reloads_total", "counter", "Rule sets loaded, the first included.");
        out.append("readiness_rules_reloads_total ").append(reloads.sum()).append('\n');
        header(out, "readiness_rules_reload_failures_total", "counter", "Loads of edited rule files that failed (the previous rules kept serving).");
        out.append("readiness_rules_reload_failures_total ").append(reloadFailures.sum()).append('\n');
        header(out, "readiness_rules_healthy", "gauge", "1 when the latest load of the rule files succeeded, 0 when it failed.");
        LiveRules.State serving = rules.get();
        out.append("readiness_rules_healthy ").append(serving != null && serving.failure() != null ? 0 : 1).append('\n');
        if (serving != null && serving.readiness() != null) {
            String hash = serving.readiness().rules().hash();
            header(out, "readiness_rules_info", "gauge", "The rule set serving, by its hash (as in every assessment's record.rulesHash).");
            out.append("readiness_rules_info{hash=\"").append(escape(hash)).append("\"} 1\n");
            header(out, "readiness_rules_loaded_timestamp_seconds", "gauge", "When the rules serving were loaded, in Unix seconds.");
            out.append("readiness_rules_loaded_timestamp_seconds ").append(number(serving.loadedAt().toEpochMilli() / 1000.0)).append('\n');
        }
        header(out, "readiness_http_slow_clients_closed_total", "counter",
                "Connections closed because a request head trickled in for longer than the request timeout.");
        out.append("readiness_http_slow_clients_closed_total ").append(slowClientsClosed.sum()).append('\n');
        header(out, "readiness_http_connections", "gauge", "Connections open now (serve --max-connections bounds them).");
        out.append("readiness_http_connections ").append(connections.getAsInt()).append('\n');
        header(out, "readiness_http_request_body_bytes", "gauge",
                "Bytes of request bodies held in memory now, across connections (serve --max-body-total bounds them).");
        out.append("readiness_http_request_body_bytes ").append(bodyBytes.getAsLong()).append('\n');
        header(out, "readiness_decision_log_failures_total", "counter", "Decision-log lines that could not be written.");
        out.append("readiness_decision_log_failures_total ").append(decisionLogFailures.sum()).append('\n');
        return out.toString();
    }

    private static void histogram(StringBuilder out, String route, Histogram h) {
        long cumulative = 0;
        for (int i = 0; i < BUCKETS.length; i++) {
            cumulative += h.buckets[i].sum();
            out.append("readiness_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"")
                    .append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
        }
        // Read the count once: the +Inf bucket and _count must agree even while requests are recorded.
        long count = Math.max(h.count.sum(), cumulative);
        out.append("readiness_http_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ")
                .append(count).append('\n');
        out.append("readiness_http_request_duration_seconds_sum{route=\"").append(route).append("\"} ").append(number(h.sum.sum())).append('\n');
        out.append("readiness_http_request_duration_seconds_count{route=\"").append(route).append("\"} ").append(count).append('\n');
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Label values escape backslash, double quote and line feed (the exposition format's rules). */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value) : Double.toString(value);
    }
}
