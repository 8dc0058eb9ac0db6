package org.readiness.server;

/** A request the service refuses for a reason of HTTP (a wrong method, media type or parameter), as data. */
final class ApiException extends RuntimeException {

    private final HttpError error;
    private final String hint;

    ApiException(HttpError error, String message, String hint) {
        super(message, null, false, false);
        this.error = error;
        this.hint = hint;
    }

    HttpError error() {
        return error;
    }

    String hint() {
        return hint;
    }
}
