package org.readiness.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.readiness.model.PlainText;
import org.readiness.model.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the request's endpoint and writes its reply. Bad input is an error body with its 4xx status; any
 * other exception is a bug, answered 500 with the request id and logged with its stack trace.
 */
final class EndpointHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointHandler.class);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        ServiceHandler.Exchange exchange = (ServiceHandler.Exchange) request.getAttribute(ServiceHandler.EXCHANGE);
        Reply reply;
        try {
            reply = exchange.route().endpoint().handle(exchange.call());
        } catch (ProblemException e) {
            Responses.problems(request, response, callback, e.problems());
            return true;
        } catch (ApiException e) {
            Responses.error(request, response, callback, e.error(), e.getMessage(), e.hint());
            return true;
        } catch (RuntimeException e) {
            internalError(request, response, callback, e);
            return true;
        }
        Responses.send(response, callback, reply);
        return true;
    }

    static void internalError(Request request, Response response, Callback callback, Exception e) {
        String id = Responses.requestId(request);
        // The path is the client's (decoded, so it may hold control characters): escaped, it cannot forge a log line.
        LOG.error("internal error on request {} ({} {})", id, request.getMethod(), PlainText.line(Request.getPathInContext(request)), e);
        Responses.error(request, response, callback, HttpError.INTERNAL_ERROR, "internal error: " + e.getClass().getSimpleName(),
                "please report it with the request id " + id + " and the service's log");
    }
}
