package org.readiness.server;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.readiness.model.Problem;

/** Writing replies and error bodies to Jetty's response. */
final class Responses {

    /** The error body to send, carried to {@link JsonErrorHandler} through Jetty's error path. */
    static final String ERROR_BODY = Responses.class.getName() + ".error";
    private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    private Responses() {
    }

    static void send(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        // A browser must take a body for what its Content-Type says: JSON or text quoting a client's input
        // is never sniffed and run as HTML.
        response.getHeaders().put(NOSNIFF);
        reply.headers().forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.body().length);
        response.write(true, ByteBuffer.wrap(reply.body()), callback);
    }

    static void error(Request request, Response response, Callback callback, HttpError error, String message, String hint) {
        error(request, response, callback, error.status(), Wire.ErrorV1.of(error, message, hint, requestId(request)));
    }

    /**
     * An error body written directly rather than through Jetty's error path, for a refusal after which the
     * request's content is still to be read (and dropped): that path gives up on unread content at once.
     */
    static void refusal(Request request, Response response, Callback callback, HttpError error, String message, String hint) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(response, callback, Reply.json(error.status(), Wire.ErrorV1.of(error, message, hint, requestId(request))));
    }

    static void problems(Request request, Response response, Callback callback, List<Problem> problems) {
        error(request, response, callback, ProblemStatus.of(problems), Wire.ErrorV1.of(problems, requestId(request)));
    }

    /**
     * Through Jetty's own error path, which also sees to a request body left unread (consumed, or the
     * connection closed after the response) and to a response already committed.
     */
    private static void error(Request request, Response response, Callback callback, int status, Wire.ErrorV1 body) {
        request.setAttribute(ERROR_BODY, body);
        Response.writeError(request, response, callback, status, body.message());
    }

    static String requestId(Request request) {
        return (String) request.getAttribute(ServiceHandler.REQUEST_ID);
    }
}
