package org.readiness.report;

import java.util.Locale;

/** The formats assessments are rendered in, each with its renderer. */
public enum OutputFormat {
    TEXT,
    JSON;

    public Renderer renderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer(options);
            case JSON -> new JsonRenderer();
        };
    }

    /** As users type it: {@code text}, {@code json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
