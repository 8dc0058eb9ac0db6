package org.readiness.report.briefing;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub-flavoured Markdown. Text from fact files and rules is untrusted: without escaping,
 * a {@code |} would split a table cell, a line break or a leading {@code #} would start a new block, and
 * {@code <script>} would reach the page of any renderer that passes HTML through. Every value becomes
 * one line of inline text that means exactly what it says.
 */
public final class Markdown {

    /** Characters with inline meaning anywhere: escapes, code, emphasis, links, HTML, tables, strikethrough, entities. */
    private static final String INLINE = "\\`*_[]<>|~&";
    /** At the start of a line these begin a heading, list, quote or setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:[#+\\-=]|\\d{1,9}(?=[.)]))");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    private Markdown() {
    }

    /** Inline text, where no block can start: on one line, every inline-significant character escaped. */
    public static String text(String value) {
        return escape(value, false);
    }

    /**
     * As {@link #text}; when {@code blockStart}, the value begins where a block could (at the start of a line
     * or of a list item), so a leading {@code #}, {@code -}, {@code 1.} and the like is escaped as well.
     */
    public static String escape(String value, boolean blockStart) {
        String line = WHITESPACE.matcher(value).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(line.length() + 16);
        int from = 0;
        Matcher start = BLOCK_START.matcher(line);
        if (blockStart && start.find()) {
            // "1. x" becomes "1\. x": escape the character that would make it a list marker.
            int marker = Character.isDigit(line.charAt(0)) ? start.end() : 0;
            out.append(line, 0, marker).append('\\').append(line.charAt(marker));
            from = marker + 1;
        }
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The marker of a heading at this level: {@code ##}. */
    public static String heading(int level) {
        return "#".repeat(Math.max(1, Math.min(6, level)));
    }

    /**
     * A link when the URL is http(s) ({@link Links#web}), else the URL as inert text. The destination is
     * percent-encoded where Markdown or a table would read it as syntax.
     */
    public static String link(String label, String url) {
        String web = Links.web(url);
        if (web == null) {
            return text(url);
        }
        StringBuilder destination = new StringBuilder();
        for (byte b : web.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= ' ' || c >= 0x7f || "<>()\\|`\"'".indexOf(c) >= 0) {
                destination.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                destination.append((char) c);
            }
        }
        return "[" + text(label) + "](" + destination + ")";
    }
}
