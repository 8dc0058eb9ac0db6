package org.readiness.model;

/**
 * Text that came from a fact set or a request, made safe to print on one line of a terminal, a report or
 * a log. A fact set's strings may hold any character its format can escape ({@code "\e[2J"} in YAML,
 * {@code "\u001b"} in JSON): printed as they are, they could clear a terminal, retitle it, hide text or
 * start a forged line ("VERDICT: GO") in a report. JSON output escapes them by itself; text output
 * passes through here.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * Line breaks, tabs and other white-space controls become spaces; every other control character
     * (C0, DEL, C1), the line and paragraph separators and the bidirectional overrides and isolates (which
     * reorder what is displayed, as in "Trojan Source") are shown as {@code \}{@code uXXXX}.
     */
    public static String line(String text) {
        if (text == null || text.chars().noneMatch(PlainText::needsEscape)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
                out.append(' ');
            } else if (needsEscape(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for the characters {@link #line} does not print as they are. */
    public static boolean needsEscape(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
