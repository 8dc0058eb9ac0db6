package org.readiness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of the command line: what it printed and how it exited. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        return withEnv(Map.of(), false, args);
    }

    public static CliRun withEnv(Map<String, String> env, boolean interactive, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new Cli(new PrintWriter(out), new PrintWriter(err), new Terminal(env, interactive)).run(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** What a run printed, for assertion messages. */
    public String describe() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
