package org.readiness.document;

import java.util.Locale;

/** The two spellings of the same model: YAML for people, JSON for programs. */
public enum Format {
    YAML,
    JSON;

    /**
     * By file extension; otherwise by content, since a JSON document starts with a brace or bracket and
     * JSON's own parser gives the clearer messages for it.
     */
    public static Format detect(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        String start = content.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? JSON : YAML;
    }
}
