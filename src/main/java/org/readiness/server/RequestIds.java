package org.readiness.server;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Request ids: a client's own {@code X-Request-Id} when it is a plain token (so that a workflow can follow
 * its request through the decision log), else one made here: a random prefix for this process and a
 * counter, unique without the cost of a random number per request.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    RequestIds() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        prefix = HexFormat.of().formatHex(random) + "-";
    }

    /** The client's id if it is safe to echo, else a new one. */
    String of(String fromClient) {
        return fromClient != null && CLIENT_ID.matcher(fromClient).matches() ? fromClient : next();
    }

    String next() {
        return prefix + counter.incrementAndGet();
    }
}
