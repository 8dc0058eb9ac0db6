package org.readiness.server;

import java.nio.charset.StandardCharsets;

/** What an endpoint answers: a status and a whole body, rendered before anything is sent. */
record Reply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json";

    static Reply json(int status, Object wireBody) {
        return new Reply(status, JSON, Wire.pretty(wireBody));
    }

    static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
