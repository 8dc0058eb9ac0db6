package org.readiness.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of named parts, each length-prefixed so that moving bytes from one part to the
 * next changes the hash. Spelled {@code sha256:<hex>} wherever it appears.
 */
public final class Digest {

    private final MessageDigest sha256;

    public Digest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public Digest add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public Digest add(byte[] part) {
        sha256.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) ':');
        sha256.update(part);
        return this;
    }

    public String finish() {
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
