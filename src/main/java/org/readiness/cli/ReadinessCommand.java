package org.readiness.cli;

import org.readiness.rules.BuildInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code readiness}: the top-level command, which only dispatches to its subcommands. */
@Command(name = "readiness",
        mixinStandardHelpOptions = true,
        versionProvider = ReadinessCommand.Version.class,
        description = "Deployment-readiness evaluator: GO / NO-GO assessments with explanations, from Drools rules and fact sets.",
        subcommands = {EvaluateCommand.class, DiffCommand.class, SweepCommand.class, CheckCommand.class,
                TestCommand.class, SchemaCommand.class, ServeCommand.class, DaemonCommand.class, CompletionCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness evaluate facts/2025-03-coalition-planning.yaml",
            "  readiness diff facts/2025-03-coalition-planning.yaml facts/scenario-all-preconditions-met.yaml",
            "  readiness check && readiness test",
            "",
            "Exit codes:",
            "  0  GO (all assessed fact sets); diff: same verdict; sweep: GO in every case;",
            "     all tests passed; check clean",
            "  1  NO-GO (at least one fact set); diff: the verdict differs; sweep: NO-GO in",
            "     some case; a test failed; check found problems",
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
            return new String[] {"readiness " + BuildInfo.READINESS + " (Drools " + BuildInfo.DROOLS + ", Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
