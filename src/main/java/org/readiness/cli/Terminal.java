package org.readiness.cli;

import java.util.Map;

/**
 * What the command line knows of where it runs: the environment and whether standard output is a
 * terminal. Passed in rather than read from globals so that tests can run commands in-process.
 */
public record Terminal(Map<String, String> env, boolean interactive) {

    public static Terminal system() {
        return new Terminal(System.getenv(), System.console() != null);
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean color() {
        String noColor = env.get("NO_COLOR");
        return interactive && (noColor == null || noColor.isEmpty());
    }
}
