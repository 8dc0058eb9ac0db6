package org.readiness.report;

import java.util.Locale;

/**
 * The formats assessments and diffs of them are rendered in ({@code evaluate} and {@code diff}), each with
 * its renderer. A renderer's classes, and the libraries behind them (the template engine for briefings),
 * load only when that format is used.
 */
public enum OutputFormat {
    TEXT,
    JSON,
    /** A self-contained HTML briefing; ignores the render options (it always explains, never uses ANSI colour). */
    HTML,
    /** A GitHub-flavoured Markdown briefing; ignores the render options, as HTML does. */
    MARKDOWN;

    public Renderer renderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer(options);
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
            case MARKDOWN -> new MarkdownRenderer();
        };
    }

    /** As users type it: {@code text}, {@code json}, {@code html}, {@code markdown}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
