package org.readiness.server;

import java.util.Locale;

/**
 * The errors of the HTTP protocol itself, beside the {@link org.readiness.model.ProblemCode}s of bad facts.
 * The kebab-case {@link #id()} is the {@code error} field of the error body: part of the API contract,
 * never renamed.
 */
enum HttpError {
    BAD_REQUEST(400),
    BAD_PARAMETER(400),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    REQUEST_TIMEOUT(408),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    HEADERS_TOO_LARGE(431),
    INTERNAL_ERROR(500),
    NOT_READY(503),
    OVERLOADED(503),
    HTTP_VERSION_NOT_SUPPORTED(505);

    private final int status;

    HttpError(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The error Jetty means when it answers a status of its own (a malformed request line, an overload). */
    static HttpError ofStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> OVERLOADED;
            // A request line without a version (HTTP/0.9), or one Jetty does not speak on this connection (426
            // for HTTP/2 without an upgrade, 505 for the others): the client's mistake, not a bug.
            case 426, 505 -> HTTP_VERSION_NOT_SUPPORTED;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
