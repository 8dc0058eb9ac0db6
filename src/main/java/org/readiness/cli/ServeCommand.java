package org.readiness.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.readiness.server.ReadinessServer;
import org.readiness.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code readiness serve}: the HTTP service, until SIGTERM or SIGINT; then it drains and exits 0. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the HTTP API: POST /v1/assessments, GET /v1/criteria, /v1/rules, /healthz, /readyz, /metrics.",
            "Rule files reload when they change; a broken edit keeps the last good rules serving.",
            "SIGTERM or Ctrl-C: stop accepting, finish the requests in flight, exit 0."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness serve",
            "  readiness serve --port 9000 --decision-log decisions.jsonl",
            "  curl -s -H 'Content-Type: application/yaml' --data-binary @facts/x.yaml \\",
            "       http://127.0.0.1:8080/v1/assessments",
            "",
            "Exit codes: 0 stopped by SIGTERM or SIGINT; 2 usage error;",
            "  3 invalid rules at start; 4 cannot listen or open the decision log."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOptions rules;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1MiB", converter = Quantities.Size.class,
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger is 413.")
    long maxBody;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s", converter = Quantities.Time.class,
            description = "Time a request may take to send its head (else the connection is closed) and its body (408), to wait for an evaluation slot (503) and to evaluate (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Evaluations at once (default: twice the cores); up to 1024 more wait, for at most --timeout.")
    Integer maxConcurrent;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_CONNECTIONS,
            description = "Connections open at once (default: ${DEFAULT-VALUE}); beyond, new ones wait to be accepted and idle ones close after --timeout.")
    int maxConnections;

    @Option(names = "--max-body-total", paramLabel = "SIZE", converter = Quantities.Size.class,
            description = "Request bodies held in memory at once, across connections (default: 64MiB, or --max-body if larger); beyond is 503.")
    Long maxBodyTotal;

    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "Append one JSON line per assessment answered: request id, time, rules hash, facts hash, verdict.")
    Path decisionLog;

    private final Cli cli;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port takes 0 to 65535, not " + port);
        }
        if (maxConcurrent != null && maxConcurrent < 1) {
            throw new ParameterException(spec.commandLine(), "--max-concurrent takes 1 or more, not " + maxConcurrent);
        }
        if (maxConnections < 1) {
            throw new ParameterException(spec.commandLine(), "--max-connections takes 1 or more, not " + maxConnections);
        }
        if (maxBodyTotal != null && maxBodyTotal < maxBody) {
            throw new ParameterException(spec.commandLine(), "--max-body-total must be at least --max-body (" + maxBody + " bytes)");
        }
        // A service's log wants timestamps; set before the first logger of this run exists.
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        ServerConfig defaults = ServerConfig.defaults(rules.directory(cli.terminal()));
        ServerConfig limited = defaults.withAddress(host, port)
                .withLimits(maxBody, timeout, maxConcurrent == null ? defaults.maxConcurrent() : maxConcurrent);
        ServerConfig config = limited.withCapacity(maxConnections, maxBodyTotal == null ? limited.maxBodyTotal() : maxBodyTotal)
                .withDecisionLog(decisionLog);
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTermination(stop::countDown);
        try (ReadinessServer server = ReadinessServer.start(config, cli.cache(rules))) {
            stop.await();
            cli.status("shutting down: no new connections; finishing the requests in flight");
        }
        cli.status("stopped");
        return ExitCode.OK.code();
    }
}
