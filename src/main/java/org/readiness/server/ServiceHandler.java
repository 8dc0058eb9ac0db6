package org.readiness.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;
import org.readiness.document.Texts;

/**
 * The front of every request: gives it an id, finds its route (404, 405), takes the rules snapshot it will
 * run on, and reads its body whole within the size and time limits (413, 408) before it may take one of
 * the limited evaluation slots: a client that trickles its body holds a connection, never a thread or a
 * slot. What bodies are held at once across connections is bounded too ({@link BodyBudget}: 503). Counts
 * every request in the metrics when it completes.
 */
final class ServiceHandler extends Handler.Wrapper {

    static final String REQUEST_ID = ServiceHandler.class.getName() + ".id";
    static final String EXCHANGE = ServiceHandler.class.getName() + ".exchange";
    private static final HttpField CLOSE = new HttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());

    /** A request ready for its endpoint. */
    record Exchange(Route route, Call call) {
    }

    private final Routes routes;
    private final LiveRules live;
    private final Metrics metrics;
    private final RequestIds ids;
    private final long maxBody;
    private final BodyBudget bodies;
    private final Duration timeout;
    private final SlowClientGuard guard;

    ServiceHandler(Handler next, Routes routes, LiveRules live, Metrics metrics, RequestIds ids, long maxBody, BodyBudget bodies,
                   Duration timeout, SlowClientGuard guard) {
        super(next);
        this.routes = routes;
        this.live = live;
        this.metrics = metrics;
        this.ids = ids;
        this.maxBody = maxBody;
        this.bodies = bodies;
        this.timeout = timeout;
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long begin = request.getBeginNanoTime();
        String id = ids.of(request.getHeaders().get(RequestIds.HEADER));
        request.setAttribute(REQUEST_ID, id);
        response.getHeaders().put(RequestIds.HEADER, id);
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        Optional<Route> found = routes.find(method.equals("HEAD") ? "GET" : method, path);
        List<String> allowed = routes.methods(path);
        String label = allowed.isEmpty() ? Metrics.UNMATCHED : path;
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        guard.begin(endPoint);
        Request.addCompletionListener(request, failure -> {
            guard.end(endPoint);
            metrics.request(label, method, response.getStatus(), NanoTime.since(begin));
        });

        if (found.isEmpty()) {
            if (allowed.isEmpty()) {
                Responses.error(request, response, callback, HttpError.NOT_FOUND, "no endpoint " + Texts.abbreviate(path, 100),
                        "the endpoints are " + String.join(", ", routes.all().stream().map(r -> r.method() + " " + r.path()).toList()));
            } else {
                List<String> methods = new ArrayList<>(allowed);
                if (methods.contains("GET")) {
                    methods.add("HEAD");
                }
                response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", methods));
                Responses.error(request, response, callback, HttpError.METHOD_NOT_ALLOWED,
                        path + " answers " + String.join(", ", methods) + ", not " + Texts.abbreviate(method, 20), null);
            }
            return true;
        }
        Route route = found.get();
        LiveRules.State state = live.state();
        if (route.needsRules() && state.readiness() == null) {
            Responses.error(request, response, callback, HttpError.NOT_READY, "no rules are loaded yet",
                    "retry when GET /readyz answers 200");
            return true;
        }
        Map<String, List<String>> query;
        try {
            query = query(request);
        } catch (IllegalArgumentException e) {
            Responses.error(request, response, callback, HttpError.BAD_PARAMETER, "the query string is malformed: "
                    + Texts.abbreviate(String.valueOf(e.getMessage()), 100), "percent-encode the parameters as UTF-8");
            return true;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        if (!route.body()) {
            proceed(request, response, callback, new Exchange(route, new Call(id, state, query, contentType, accept, new byte[0])));
            return true;
        }
        BodyReader reader = BodyReader.start(request, (int) maxBody, request.getLength(), bodies);
        Request.addCompletionListener(request, failure -> reader.release());
        CompletableFuture<byte[]> body = reader.result();
        long left = Math.max(1, timeout.toNanos() - NanoTime.since(begin));
        Scheduler.Task timer = request.getComponents().getScheduler()
                .schedule(() -> body.completeExceptionally(new TimeoutException()), left, TimeUnit.NANOSECONDS);
        body.whenComplete((bytes, failure) -> {
            timer.cancel();
            if (failure == null) {
                proceed(request, response, callback, new Exchange(route, new Call(id, state, query, contentType, accept, bytes)));
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof BodyReader.TooLarge) {
                refuseBody(request, response, callback, begin, HttpError.TOO_LARGE, "the request body is larger than "
                        + Sizes.describe(maxBody), "a fact set is a few kilobytes; the limit is serve --max-body");
            } else if (cause instanceof BodyReader.OverBudget) {
                refuseBody(request, response, callback, begin, HttpError.OVERLOADED, "the service is holding as many request bodies as it may ("
                        + Sizes.describe(bodies.limit()) + " at once, serve --max-body-total)", "retry after a moment");
            } else if (cause instanceof TimeoutException) {
                response.getHeaders().put(CLOSE);
                Responses.error(request, response, callback, HttpError.REQUEST_TIMEOUT,
                        "the request body did not arrive within " + timeout.toMillis() + " ms", "send the whole body at once");
            } else {
                // Most likely the client went away mid-body: nobody may read this, but the request completes.
                response.getHeaders().put(CLOSE);
                Responses.error(request, response, callback, HttpError.BAD_REQUEST,
                        "the request body could not be read: " + Texts.abbreviate(String.valueOf(cause.getMessage()), 100), null);
            }
        });
        return true;
    }

    /**
     * Refuses a body at once, then drops the rest of it (within the request's time) before the connection
     * closes, so that a client still sending reads the refusal rather than a reset.
     */
    private void refuseBody(Request request, Response response, Callback callback, long begin, HttpError error, String message,
                            String hint) {
        response.getHeaders().put(CLOSE);
        long deadline = begin + timeout.toNanos();
        // Written here, not through Jetty's error path, which would give up on the unread content at once.
        Responses.refusal(request, response, BodyDrain.after(request, request.getComponents().getScheduler(), deadline, callback),
                error, message, hint);
    }

    private void proceed(Request request, Response response, Callback callback, Exchange exchange) {
        request.setAttribute(EXCHANGE, exchange);
        try {
            if (!super.handle(request, response, callback)) {
                Responses.error(request, response, callback, HttpError.INTERNAL_ERROR, "no handler took the request", null);
            }
        } catch (Exception e) {
            EndpointHandler.internalError(request, response, callback, e);
        }
    }

    private static Map<String, List<String>> query(Request request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        Fields fields = Request.extractQueryParameters(request);
        for (Fields.Field field : fields) {
            query.put(field.getName(), field.getValues());
        }
        return query;
    }
}
