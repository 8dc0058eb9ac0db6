package org.readiness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line knows of where it runs: the environment, and whether standard output and
 * standard error are terminals. Passed in rather than read from globals so that tests can run commands
 * in-process.
 *
 * @param interactive    standard output is a terminal (colour)
 * @param errInteractive standard error is a terminal (progress bars)
 */
public record Terminal(Map<String, String> env, boolean interactive, boolean errInteractive) {

    /** A terminal whose standard error is not one. */
    public Terminal(Map<String, String> env, boolean interactive) {
        this(env, interactive, false);
    }

    public static Terminal system() {
        boolean console = System.console() != null;
        return new Terminal(System.getenv(), console, isTerminal(Path.of("/proc/self/fd/2"), console));
    }

    /** Linux tells where a file descriptor points; elsewhere, assume standard error goes where standard output does. */
    private static boolean isTerminal(Path descriptor, boolean otherwise) {
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return otherwise;
        }
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean color() {
        String noColor = env.get("NO_COLOR");
        return interactive && (noColor == null || noColor.isEmpty());
    }
}
