package org.readiness.report;

import org.readiness.model.PlainText;

/**
 * Builds terminal text that fits 80 columns: words wrap under a hanging indent, and ANSI styles are
 * added only when colour is on, so that the same code writes plain text for files and pipes.
 */
final class TextBlock {

    static final int WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private final boolean color;

    TextBlock(boolean color) {
        this.color = color;
    }

    /** Text wrapped at the width: the first line after {@code first}, the rest indented by {@code indent} spaces. */
    TextBlock wrap(String first, int indent, String text) {
        int column = visibleLength(first);
        out.append(first);
        boolean lineStart = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = visibleLength(word);
            if (!lineStart && column + 1 + length > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += length;
            lineStart = false;
        }
        out.append('\n');
        return this;
    }

    TextBlock line(String text) {
        out.append(text).append('\n');
        return this;
    }

    TextBlock blank() {
        out.append('\n');
        return this;
    }

    String bold(String text) {
        return style("1", text);
    }

    String dim(String text) {
        return style("2", text);
    }

    String red(String text) {
        return style("31", text);
    }

    String green(String text) {
        return style("32", text);
    }

    String yellow(String text) {
        return style("33", text);
    }

    /**
     * Text from a fact set or a request (a scenario, a file name, a fact's key or value, a reason filled
     * from them) as one safe line: see {@link PlainText#line}. Every such string passes through here
     * before it reaches a block, so that only the block's own styles are escape sequences.
     */
    static String plain(String text) {
        return PlainText.line(text);
    }

    private String style(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private static int visibleLength(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "").codePointCount(0, text.replaceAll("\u001b\\[[0-9;]*m", "").length());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
