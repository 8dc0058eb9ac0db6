package org.readiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readiness.Readiness;
import org.readiness.engine.EvaluationOptions;
import org.readiness.engine.SweepOptions;
import org.readiness.model.FactSet;
import org.readiness.model.SweepResult;
import org.readiness.report.RenderOptions;
import org.readiness.report.SweepFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code readiness sweep FACTS}: how likely GO is when some facts are uncertain. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "What-if over uncertain facts: a field may give values with probabilities, e.g. "
                + "political: {committed: 0.3, conditional: 0.3, uncertain: 0.4}. Says how likely GO is (with a 95%% "
                + "interval), how often each criterion is MET, which block most often, and which fields move the verdict "
                + "most. Every combination is evaluated when there are at most --samples of them, else --samples drawn "
                + "at random.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness sweep facts/scenario-uncertain-backing.yaml",
            "  readiness sweep facts/2025-03-coalition-planning-uncertain.yaml \\",
            "      --samples 50000 --seed 7 --format json",
            "",
            "Exit codes: 0 GO in every case; 1 NO-GO in some case; 2 usage error;",
            "  3 invalid rules or facts; 4 a file could not be read or written."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FACTS", description = "A fact set (.yaml, .yml or .json) with uncertain fields.")
    Path factFile;

    @Mixin
    RulesOptions rules;

    @Mixin
    EvidenceOptions evidence;

    @Option(names = "--samples", paramLabel = "N",
            description = "Evaluate at most N cases (default: ${DEFAULT-VALUE}).", defaultValue = "10000")
    long samples;

    @Option(names = "--seed", paramLabel = "S",
            description = "Seed of the random draws: the same seed gives the same answer on any number of threads "
                    + "(default: ${DEFAULT-VALUE}).", defaultValue = "0")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Threads to evaluate cases on (default: all cores).")
    Integer threads;

    @Option(names = "--set", paramLabel = "TYPE.FIELD=VALUE",
            description = "What-if: set a field before sweeping (settling it if uncertain); repeatable.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.Sweep.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SweepFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    private final Cli cli;

    SweepCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (samples < 1) {
            throw new ParameterException(spec.commandLine(), "--samples takes a whole number from 1, not " + samples);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads takes a whole number from 1, not " + threads);
        }
        Readiness base = cli.load(rules);
        Readiness readiness = base.with(EvaluationOptions.DEFAULT.withEvidencePolicy(evidence.apply(base.rules().evidencePolicy())));
        FactSet facts = readiness.override(readiness.readFacts(factFile), overrides);
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ProgressBar progress = new ProgressBar(cli.err(), cli.terminal().errInteractive(), System::nanoTime);
        SweepResult result;
        try {
            result = readiness.sweep(facts, new SweepOptions(samples, seed, cores), progress);
        } finally {
            progress.finish();
        }
        boolean color = output == null && format == SweepFormat.TEXT && cli.terminal().color();
        cli.emit(format.sweep(result, new RenderOptions(color, false)), output);
        return result.go() == 1 ? ExitCode.OK.code() : ExitCode.NO_GO.code();
    }
}
