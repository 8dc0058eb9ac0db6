package org.readiness.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.readiness.document.Texts;

/**
 * Every error response is the JSON error body, including those Jetty answers itself: a malformed request
 * line or headers (400, 431), an overload (503 from the concurrency limit), a shutdown in progress.
 */
final class JsonErrorHandler implements Request.Handler {

    private final RequestIds ids;
    private final Metrics metrics;

    JsonErrorHandler(RequestIds ids, Metrics metrics) {
        this.ids = ids;
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Wire.ErrorV1 body = (Wire.ErrorV1) request.getAttribute(Responses.ERROR_BODY);
        String id = Responses.requestId(request);
        if (id == null) {
            // Refused before it reached the service (the request line or headers were malformed): count it here.
            id = ids.next();
            long begin = request.getBeginNanoTime();
            String method = request.getMethod();
            Request.addCompletionListener(request, failure -> metrics.request(Metrics.UNMATCHED, method, response.getStatus(),
                    NanoTime.since(begin)));
            // Jetty closes a connection whose request it could not parse: say so, or a client keeping it alive
            // sends its next request into a closing socket.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        response.getHeaders().put(RequestIds.HEADER, id);
        int status = response.getStatus();
        if (body == null) {
            HttpError error = HttpError.ofStatus(status);
            String message = (String) request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            body = Wire.ErrorV1.of(error, describe(error, message), hint(error), id);
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Responses.send(response, callback, Reply.json(status, body));
        return true;
    }

    private static String describe(HttpError error, String jettyMessage) {
        return switch (error) {
            case OVERLOADED -> "the service cannot take this request now: it is at its limit of concurrent evaluations, or shutting down";
            case HEADERS_TOO_LARGE -> "the request's headers are too large";
            case HTTP_VERSION_NOT_SUPPORTED -> "the request line names no HTTP version the service speaks"
                    + (jettyMessage == null ? "" : " (" + Texts.abbreviate(jettyMessage, 100) + ")");
            default -> jettyMessage == null ? "the request is malformed" : Texts.abbreviate(jettyMessage, 200);
        };
    }

    private static String hint(HttpError error) {
        return switch (error) {
            case OVERLOADED -> "retry after a moment";
            case HEADERS_TOO_LARGE -> "send at most 8 KiB of headers";
            case HTTP_VERSION_NOT_SUPPORTED -> "end the request line with HTTP/1.1";
            default -> null;
        };
    }
}
