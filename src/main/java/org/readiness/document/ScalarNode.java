package org.readiness.document;

import org.readiness.model.Location;

/**
 * A single value with the text exactly as written: YAML resolves {@code NO} to false and {@code 1.10} to
 * 1.1, so a field declared as text takes the text, not what the parser guessed.
 */
public record ScalarNode(Kind kind, String text, Location location) implements Node {

    /** What the parser took the value for. */
    public enum Kind {
        STRING, INTEGER, DECIMAL, BOOLEAN, NULL
    }

    /** YAML 1.1 spells true as true, yes or on; the parser has already said this is a boolean. */
    public boolean booleanValue() {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("true") || lower.equals("yes") || lower.equals("on");
    }

    @Override
    public String describe() {
        return switch (kind) {
            case STRING -> "the text \"" + Texts.abbreviate(text, 40) + "\"";
            case INTEGER, DECIMAL -> "the number " + Texts.abbreviate(text, 40);
            case BOOLEAN -> "the boolean " + text;
            case NULL -> "an empty value";
        };
    }
}
