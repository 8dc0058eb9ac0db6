package org.readiness.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The {@code readiness} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--debug")) {
            // Must be set before the first logger exists, which is before picocli has parsed anything.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new Cli(out, err, Terminal.system()).run(args));
    }
}
