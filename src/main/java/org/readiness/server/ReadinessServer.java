package org.readiness.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.readiness.Readiness;
import org.readiness.engine.CounterfactualOptions;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code readiness serve}: the HTTP API over the {@link Readiness} facade, on Jetty.
 *
 * <p>Jetty because its connections are non-blocking: a thread is taken only once a request's headers have
 * arrived, and this service reads bodies asynchronously too, so clients that trickle bytes or sit idle hold
 * a connection (a few kilobytes), never a thread, and a head that trickles in for longer than the request
 * timeout is cut off ({@link SlowClientGuard}). Connections are bounded in number, and the bodies they
 * hold in bytes ({@link BodyBudget}). Evaluations are bounded by a concurrency limit with a queue;
 * health, readiness and metrics bypass it so probes answer under load. A shutdown stops accepting,
 * lets the requests in flight finish (up to the drain time) and then closes the decision log.
 */
public final class ReadinessServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessServer.class);

    private final ServerConfig config;
    private final Metrics metrics = new Metrics();
    private final LiveRules live;
    private final RulesWatcher watcher;
    private final DecisionLog decisionLog;
    private final Server jetty;
    private final HttpConfiguration http;
    private final ServerConnector connector;

    private ReadinessServer(ServerConfig config, EvaluationOptions options, Function<Path, Readiness> loader) {
        this.config = config;
        this.live = new LiveRules(config.rules(), loader, Clock.systemUTC(), metrics);
        this.decisionLog = config.decisionLog() == null ? null : DecisionLog.open(config.decisionLog());
        this.watcher = new RulesWatcher(live, config.debounce(), config.poll());

        RequestIds ids = new RequestIds();
        CatalogEndpoints catalog = new CatalogEndpoints();
        HealthEndpoints health = new HealthEndpoints(live);
        Routes routes = new Routes()
                .add(new Route("POST", "/v1/assessments", new AssessmentsEndpoint(options, metrics, decisionLog), true, true, true))
                .add(new Route("POST", "/v1/diff", new DiffEndpoint(options), true, true, true))
                .add(new Route("GET", "/v1/criteria", catalog::criteria, true, false, false))
                .add(new Route("GET", "/v1/rules", catalog::rules, true, false, false))
                .add(new Route("GET", "/v1/schema", catalog::schema, true, false, false))
                .add(new Route("GET", "/healthz", health::health, false, false, false))
                .add(new Route("GET", "/readyz", health::ready, false, false, false))
                .add(new Route("GET", "/metrics", this::metrics, false, false, false));

        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, config.maxConcurrent() + 8), 4);
        threads.setName("readiness-http");
        threads.setDaemon(true);
        jetty = new Server(threads);
        http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(Math.max(30_000, 2 * config.timeout().toMillis()));
        jetty.addConnector(connector);
        // At the limit the connector stops accepting: new connections wait in the kernel's accept queue
        // (a client sees a slow connect, not a refusal) while those open are served, and idle ones are
        // closed after the request timeout rather than the usual idle timeout, to make room.
        ConnectionCap connections = new ConnectionCap(config.maxConnections(), config.timeout().toMillis(), connector);
        jetty.addBean(connections);
        BodyBudget bodies = new BodyBudget(config.maxBodyTotal());
        metrics.gauges(live::state, connections::getNetworkConnectionCount, bodies::held);

        QoSHandler limit = new QoSHandler(new EndpointHandler());
        limit.setMaxRequestCount(config.maxConcurrent());
        limit.setMaxSuspendedRequestCount(config.queue());
        limit.setMaxSuspend(config.timeout());
        routes.all().stream().filter(Route::limited).forEach(r -> limit.includePath(r.path()));
        SlowClientGuard guard = new SlowClientGuard(jetty.getScheduler(), config.timeout(), metrics);
        connector.addEventListener(guard);
        jetty.addBean(guard);
        jetty.setHandler(new GracefulHandler(new ServiceHandler(limit, routes, live, metrics, ids, config.maxBody(), bodies,
                config.timeout(), guard)));
        jetty.setErrorHandler(new JsonErrorHandler(ids, metrics));
        jetty.setStopTimeout(config.drain().toMillis());
        jetty.setStopAtShutdown(false);
    }

    /**
     * Binds, compiles the rules (GET /readyz answers 503 meanwhile), then watches them.
     *
     * @throws ProblemException when the address cannot be bound, the decision log opened, or the rules
     *                          loaded at start (nothing is left running then)
     */
    public static ReadinessServer start(ServerConfig config) {
        return start(config, RuleCache.disabled());
    }

    /**
     * As {@link #start(ServerConfig)}, loading the rules through {@code cache} at start and on every
     * reload: a restart, or an edit undone, loads the compiled rules instead of compiling them again.
     */
    public static ReadinessServer start(ServerConfig config, RuleCache cache) {
        EvaluationOptions options = evaluationOptions(config);
        return start(config, options, dir -> Readiness.of(RuleSet.load(dir, cache), options));
    }

    /**
     * The rules' time limit is the request timeout, and the counterfactual search may take at most half of
     * it (or its own default, if less), so that a NO-GO's answer, search included, fits within it.
     */
    static EvaluationOptions evaluationOptions(ServerConfig config) {
        CounterfactualOptions search = EvaluationOptions.DEFAULT.counterfactual();
        Duration budget = config.timeout().dividedBy(2);
        return EvaluationOptions.DEFAULT.withLimits(EvaluationOptions.DEFAULT.maxFirings(), config.timeout())
                .withCounterfactual(search.withBounds(search.maxEdits(), search.maxVariations(),
                        budget.compareTo(search.timeBudget()) < 0 ? budget : search.timeBudget()));
    }

    /** With another way of loading rules: tests hold the first load back to see the service before it is ready. */
    static ReadinessServer start(ServerConfig config, EvaluationOptions options, Function<Path, Readiness> loader) {
        ReadinessServer server = new ReadinessServer(config, options, loader);
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.close();
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(config.host() + ":" + config.port()),
                    "cannot listen: " + (e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString()),
                    "choose another --port or --host"));
        }
        LOG.info("listening on {}; loading the rules in {}", server.uri(), config.rules());
        if (server.live.load() == LiveRules.Outcome.FAILED) {
            List<Problem> problems = server.live.state().failure().problems();
            server.close();
            throw new ProblemException(problems);
        }
        server.watcher.start();
        LOG.info("ready: watching {} for changes", config.rules());
        return server;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /**
     * A connector without a socket onto the same HTTP stack (parser, handlers, limits but the connection
     * count), for tests that drive requests as bytes in-process: the request fuzz test.
     */
    LocalConnector connectLocally() throws Exception {
        LocalConnector local = new LocalConnector(jetty, new HttpConnectionFactory(http));
        jetty.addConnector(local);
        local.start();
        return local;
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    private Reply metrics(Call call) {
        call.onlyParameters(Set.of());
        return Reply.text(200, Metrics.CONTENT_TYPE, metrics.render());
    }

    /**
     * Graceful stop: no new connections, requests in flight finish (up to the drain time), then the
     * decision log is closed with every line written.
     */
    @Override
    public void close() {
        watcher.close();
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the HTTP server: {}", e.toString());
        }
        if (decisionLog != null) {
            try {
                decisionLog.close();
            } catch (IOException e) {
                LOG.warn("closing the decision log {}: {}", decisionLog.file(), e.toString());
            }
        }
    }
}
