package org.readiness.report.briefing;

import gg.jte.TemplateOutput;
import java.util.regex.Pattern;

/**
 * Template output for Markdown briefings that escapes by default: every {@code ${…}} in a Markdown
 * template goes through {@link Markdown#escape}, as HTML templates' values go through HTML escaping. It
 * knows where each value lands: at the start of a line or list item, where a {@code #} or {@code 1.}
 * would begin a block, or within a line, where it would not. Only the templates' own text, and
 * {@code $unsafe{…}} of {@link Markdown} helpers that escape what they are given, is written as it is.
 */
public final class MarkdownOutput implements TemplateOutput {

    /** What may stand before a value at the start of a block: indentation, list and quote markers. */
    private static final String BLOCK_PREFIX = " \t-+*>.)0123456789";
    /** Blank lines beyond one mean nothing in Markdown outside code blocks (briefings have none). */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final StringBuilder out = new StringBuilder(16 * 1024);

    @Override
    public void writeContent(String value) {
        out.append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        out.append(value, beginIndex, endIndex);
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null) {
            out.append(Markdown.escape(value, atBlockStart()));
        }
    }

    @Override
    public void writeUserContent(Enum<?> value) {
        if (value != null) {
            writeUserContent(value.name());
        }
    }

    /**
     * Whether the line so far holds nothing but indentation and list or quote markers. Errs towards
     * yes (a lone digit counts), which only escapes a character more.
     */
    private boolean atBlockStart() {
        for (int i = out.length() - 1; i >= 0; i--) {
            char c = out.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (BLOCK_PREFIX.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The document, with runs of blank lines (where optional blocks were left out) made one. */
    @Override
    public String toString() {
        return BLANK_LINES.matcher(out).replaceAll("\n\n").stripTrailing() + "\n";
    }
}
