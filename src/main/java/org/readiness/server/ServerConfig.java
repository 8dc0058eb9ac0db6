package org.readiness.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code readiness serve} runs (README, "HTTP service").
 *
 * @param rules         the rule set directory, watched for changes
 * @param host          the address to bind; loopback unless told otherwise
 * @param port          0 for any free port
 * @param maxBody       the largest request body accepted, in bytes (413 beyond)
 * @param timeout       the time a request may take to send its head (the connection is closed beyond) and
 *                      its body (408 beyond), to wait for an evaluation
 *                      slot (503 beyond), and to evaluate (the rules' time limit)
 * @param maxConcurrent evaluations at once; more wait in a queue of {@code queue} requests
 * @param maxConnections connections open at once; beyond, the service stops accepting (new connections wait
 *                      in the operating system's accept queue) and closes idle ones after {@code timeout}
 * @param maxBodyTotal  bytes of request bodies held in memory at once, across connections (503 beyond)
 * @param decisionLog   the JSON Lines file each assessment is appended to; null for none
 * @param debounce      how long rule files must be quiet after a change before they are compiled
 * @param poll          how often the rules directory is scanned, beside the file system's change events
 * @param drain         how long a shutdown waits for requests in flight
 */
public record ServerConfig(Path rules, String host, int port, long maxBody, Duration timeout, int maxConcurrent,
                           int queue, int maxConnections, long maxBodyTotal, Path decisionLog, Duration debounce, Duration poll,
                           Duration drain) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Far more than a review workflow opens, and far fewer than the file descriptors a JVM gets. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1024;
    /** A sixteenth of a 1 GiB heap: 64 bodies of the default limit at once. */
    public static final long DEFAULT_MAX_BODY_TOTAL = 64L * 1024 * 1024;

    public ServerConfig {
        if (maxBody < 1 || maxBody > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the body limit must be between 1 byte and 2 GiB");
        }
        if (maxConcurrent < 1 || queue < 0) {
            throw new IllegalArgumentException("at least one evaluation at once, and a queue of 0 or more");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("at least one connection at once");
        }
        if (maxBodyTotal < maxBody) {
            throw new IllegalArgumentException("the bodies held at once must allow at least one of the largest body");
        }
    }

    /**
     * The defaults for a rules directory: loopback, port 8080, 1 MiB, 5 s, two evaluations per core, 1024
     * connections, 64 MiB of bodies.
     */
    public static ServerConfig defaults(Path rules) {
        return new ServerConfig(rules, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT,
                2 * Runtime.getRuntime().availableProcessors(), 1024, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_BODY_TOTAL, null,
                Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(rules, newHost, newPort, maxBody, timeout, maxConcurrent, queue, maxConnections, maxBodyTotal,
                decisionLog, debounce, poll, drain);
    }

    /** The body total grows with the body limit when it would be below it (one body must always fit). */
    public ServerConfig withLimits(long newMaxBody, Duration newTimeout, int newMaxConcurrent) {
        return new ServerConfig(rules, host, port, newMaxBody, newTimeout, newMaxConcurrent, queue, maxConnections,
                Math.max(maxBodyTotal, newMaxBody), decisionLog, debounce, poll, drain);
    }

    public ServerConfig withCapacity(int newMaxConnections, long newMaxBodyTotal) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, queue, newMaxConnections, newMaxBodyTotal,
                decisionLog, debounce, poll, drain);
    }

    public ServerConfig withQueue(int newQueue) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, newQueue, maxConnections, maxBodyTotal,
                decisionLog, debounce, poll, drain);
    }

    public ServerConfig withDecisionLog(Path file) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, queue, maxConnections, maxBodyTotal, file,
                debounce, poll, drain);
    }

    public ServerConfig withReload(Duration newDebounce, Duration newPoll) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, queue, maxConnections, maxBodyTotal,
                decisionLog, newDebounce, newPoll, drain);
    }
}
