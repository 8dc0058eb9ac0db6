package org.readiness.rules;

/**
 * Drools hands back type and field metadata with the DRL quotes and escapes still on
 * ({@code "what it \"covers\""}) but rule metadata without them; this reads both the same way.
 */
final class MetaText {

    private MetaText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return text;
    }
}
