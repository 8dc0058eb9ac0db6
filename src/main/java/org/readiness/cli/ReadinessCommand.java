package org.readiness.cli;

import org.readiness.engine.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code readiness}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "readiness",
        mixinStandardHelpOptions = true,
        versionProvider = ReadinessCommand.Version.class,
        description = "Deployment-readiness evaluator: GO / NO-GO assessments with explanations, from Drools rules and fact sets.",
        subcommands = {EvaluateCommand.class, CheckCommand.class, TestCommand.class, SchemaCommand.class,
                ServeCommand.class, CompletionCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness evaluate facts/2025-03-coalition-planning.yaml",
            "  readiness check && readiness test",
            "",
            "Exit codes:",
            "  0  GO (all assessed fact sets); all tests passed; check clean",
            "  1  NO-GO (at least one fact set); a test failed; check found problems",
            "  2  usage error",
            "  3  invalid rules, facts or tests (one line per problem, with file and line)",
            "  4  a file could not be read or written",
            "  70 internal error (rerun with --debug and report it)"})
public final class ReadinessCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces and the engine's log on errors.")
    boolean debug;

    /** Prints Readiness's and the engine's versions. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"readiness " + Versions.READINESS + " (Drools " + Versions.DROOLS + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
