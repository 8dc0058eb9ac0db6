package org.readiness.report;


/**
 * The formats assessments and diffs of them are rendered in ({@code evaluate} and {@code diff}), each with
 * its renderer. A renderer's classes, and the libraries behind them (the template engine for briefings),
 * load only when that format is used.
 */
public enum OutputFormat {
    TEXT("text/plain"),
    JSON("application/json"),
    /** A self-contained HTML briefing; ignores the render options (it always explains, never uses ANSI colour). */
    HTML("text/html"),
    /** A GitHub-flavoured Markdown briefing; ignores the render options, as HTML does. */
    MARKDOWN("text/markdown");

    /**
     * The Content-Security-Policy every HTML briefing declares in its head: no script, no fetch, no form.
     * A server answering with a briefing sends it as a header too, which a browser enforces before it
     * reads a byte of the page.
     */
    public static final String BRIEFING_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final String mediaType;

    OutputFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of what the renderer writes, e.g. {@code text/markdown} (RFC 7763). */
    public String mediaType() {
        return mediaType;
    }

    public Renderer renderer(RenderOptions options) {
        return switch (this) {
            case TEXT -> new TextRenderer(options);
            case JSON -> new JsonRenderer();
            case HTML -> new HtmlRenderer();
            case MARKDOWN -> new MarkdownRenderer();
        };
    }
}
