package org.readiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readiness.check.CheckFormat;
import org.readiness.check.CheckReport;
import org.readiness.check.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness check [PATH…]}: compile, validate, lint and analyse; report everything at once. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compile the rules; validate every fact file and rule test against the declared fact types; lint; "
                + "and analyse each criterion over the declared values of the fields its rules read, reporting gaps "
                + "(no rule concludes) and conflicts (both MET and NOT_MET), each with an example fact file.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness check",
            "  readiness check facts/new-scenario.yaml",
            "  readiness check --format sarif > target/readiness.sarif",
            "",
            "Exit codes: 0 clean; 1 problems found; 2 usage error;",
            "  3 the rules do not compile; 4 a file could not be read."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Fact files and rule tests, or directories of them (default: facts and tests).")
    List<Path> paths = new ArrayList<>();

    @Mixin
    RulesOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.Check.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    CheckFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    private int maxCombinations = Checker.Options.DEFAULT_MAX_COMBINATIONS;

    @Option(names = "--max-combinations", paramLabel = "N",
            description = "Evaluate at most N fact sets per criterion in the analysis; larger domains are sampled (default: "
                    + Checker.Options.DEFAULT_MAX_COMBINATIONS + "; 0 skips the analysis).")
    void maxCombinations(int n) {
        if (n < 0) {
            throw new ParameterException(spec.commandLine(), "--max-combinations takes a number, 0 or more, not " + n);
        }
        maxCombinations = n;
    }

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the analysis's random sample, for domains too large to try whole (default: ${DEFAULT-VALUE}).")
    long seed;

    private final Cli cli;

    CheckCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CheckReport report = Checker.check(new Checker.Options(rules.directory(cli.terminal()), paths, maxCombinations, seed,
                cli.cache(rules)));
        cli.emit(format.render(report), output);
        return switch (report.outcome()) {
            case CLEAN -> ExitCode.OK.code();
            case PROBLEMS -> ExitCode.NO_GO.code();
            case RULES_INVALID -> ExitCode.INVALID_INPUT.code();
            case UNREADABLE -> ExitCode.IO_ERROR.code();
        };
    }
}
