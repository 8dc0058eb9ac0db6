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
 * @param decisionLog   the JSON Lines file each assessment is appended to; null for none
 * @param debounce      how long rule files must be quiet after a change before they are compiled
 * @param poll          how often the rules directory is scanned, beside the file system's change events
 * @param drain         how long a shutdown waits for requests in flight
 */
public record ServerConfig(Path rules, String host, int port, long maxBody, Duration timeout, int maxConcurrent,
                           int queue, Path decisionLog, Duration debounce, Duration poll, Duration drain) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public ServerConfig {
        if (maxBody < 1 || maxBody > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the body limit must be between 1 byte and 2 GiB");
        }
        if (maxConcurrent < 1 || queue < 0) {
            throw new IllegalArgumentException("at least one evaluation at once, and a queue of 0 or more");
        }
    }

    /** The defaults for a rules directory: loopback, port 8080, 1 MiB, 5 s, two evaluations per core. */
    public static ServerConfig defaults(Path rules) {
        return new ServerConfig(rules, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT,
                2 * Runtime.getRuntime().availableProcessors(), 1024, null, Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(10));
    }

    public ServerConfig withAddress(String newHost, int newPort) {
        return new ServerConfig(rules, newHost, newPort, maxBody, timeout, maxConcurrent, queue, decisionLog, debounce, poll, drain);
    }

    public ServerConfig withLimits(long newMaxBody, Duration newTimeout, int newMaxConcurrent) {
        return new ServerConfig(rules, host, port, newMaxBody, newTimeout, newMaxConcurrent, queue, decisionLog, debounce, poll, drain);
    }

    public ServerConfig withDecisionLog(Path file) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, queue, file, debounce, poll, drain);
    }

    public ServerConfig withReload(Duration newDebounce, Duration newPoll) {
        return new ServerConfig(rules, host, port, maxBody, timeout, maxConcurrent, queue, decisionLog, newDebounce, newPoll, drain);
    }
}
