package org.readiness.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that replays a counterfactual's edits as what-if overrides, after those the assessment
 * already assumed, as every report prints it: one override a line, each quoted for a POSIX shell, and the
 * fact file quoted when a shell would read part of its name as syntax.
 */
public final class Replay {

    private static final Pattern SHELL_PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private Replay() {
    }

    /**
     * The command's lines, the overrides indented by {@code indent} spaces; empty when the assessment has
     * no counterfactual edits to replay.
     */
    public static List<String> lines(Assessment a, int indent) {
        if (a.counterfactual() == null || a.counterfactual().overrides().isEmpty()) {
            return List.of();
        }
        List<String> overrides = new ArrayList<>(a.overrides());
        overrides.addAll(a.counterfactual().overrides());
        String origin = a.origin();
        List<String> lines = new ArrayList<>();
        lines.add("readiness evaluate " + (SHELL_PLAIN.matcher(origin).matches() ? origin : quote(origin)) + " \\");
        for (int i = 0; i < overrides.size(); i++) {
            lines.add(" ".repeat(indent) + "--set " + quote(overrides.get(i)) + (i < overrides.size() - 1 ? " \\" : ""));
        }
        return lines;
    }

    /** A single-quoted word for a POSIX shell: {@code it's} becomes {@code 'it'\''s'}. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
