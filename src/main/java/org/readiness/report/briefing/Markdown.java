package org.readiness.report.briefing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Escaping for GitHub-flavoured Markdown. Text from fact files and rules is untrusted: without escaping,
 * a {@code |} would split a table cell, a line break or a leading {@code #} would start a new block, and
 * {@code <script>} would reach the page of any renderer that passes HTML through. Every value becomes
 * one line of inline text that means exactly what it says.
 */
public final class Markdown {

    /** Characters with inline meaning anywhere: escapes, code, emphasis, links, HTML, tables, strikethrough, entities. */
    private static final String INLINE = "\\`*_[]<>|~&";
    /** At the start of a line these begin a heading, a list or a setext underline ({@code >} is in INLINE). */
    private static final String BLOCK_MARKERS = "#+-=";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Markdown() {
    }

    /** Inline text, where no block can start: on one line, every inline-significant character escaped. */
    public static String text(String value) {
        return escape(value, false);
    }

    /**
     * As {@link #text}; when {@code blockStart}, the value begins where a block could (at the start of a line
     * or of a list item), so a leading {@code #}, {@code -}, {@code 1.} and the like is escaped as well.
     * One pass, no regular expressions: a briefing escapes hundreds of values.
     */
    public static String escape(String value, boolean blockStart) {
        int n = value.length();
        int i = 0;
        while (i < n && isSpace(value.charAt(i))) {
            i++;
        }
        StringBuilder out = new StringBuilder(n + 16);
        if (blockStart && i < n) {
            char first = value.charAt(i);
            if (BLOCK_MARKERS.indexOf(first) >= 0) {
                out.append('\\').append(first);
                i++;
            } else {
                // "12. x" becomes "12\. x": a list marker is up to nine digits and a '.' or ')'.
                int digits = i;
                while (digits < n && digits - i < 9 && isDigit(value.charAt(digits))) {
                    digits++;
                }
                if (digits > i && digits < n && (value.charAt(digits) == '.' || value.charAt(digits) == ')')) {
                    out.append(value, i, digits).append('\\').append(value.charAt(digits));
                    i = digits + 1;
                }
            }
        }
        boolean space = false;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Line breaks of every kind count as spaces: a value stays on its line. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u0085';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A fenced code block of these lines, shown exactly as given (Markdown reads nothing inside one). Each
     * line stays one line, and the fence is longer than any run of backticks in them, so no line can close
     * it early.
     */
    public static String codeBlock(String info, List<String> lines) {
        int longest = 0;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            int run = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                run = c == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
                body.append(isSpace(c) ? ' ' : c);
            }
            body.append('\n');
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + info + "\n" + body + fence + "\n";
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
