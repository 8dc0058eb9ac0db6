package org.readiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readiness.Readiness;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.FactSet;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness diff A B}: what changed between two fact sets and how the assessment moved. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two fact sets (two dated snapshots of a scenario, or two scenarios): the facts and sources "
                + "added, removed or changed, and how the verdict, each criterion's status and the findings moved.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness diff facts/2025-03-coalition-planning.yaml \\",
            "      facts/scenario-all-preconditions-met.yaml",
            "  readiness diff old.yaml new.yaml --format json --output target/diff.json",
            "  readiness diff old.yaml new.yaml --format html --output diff.html",
            "",
            "Exit codes: 0 the verdict is the same; 1 it differs; 2 usage error;",
            "  3 invalid rules or facts; 4 a file could not be read or written."})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The first fact set (.yaml, .yml or .json).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second fact set.")
    Path second;

    @Mixin
    RulesOptions rules;

    @Mixin
    EvidenceOptions evidence;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.Output.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); html and markdown are briefings.")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    private final Cli cli;

    DiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Readiness base = cli.load(rules);
        Readiness readiness = base.with(EvaluationOptions.DEFAULT.withEvidencePolicy(evidence.apply(base.rules().evidencePolicy())));
        List<FactSet> both = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : List.of(first, second)) {
            try {
                both.add(readiness.readFacts(file));
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        AssessmentDiff diff = readiness.diff(both.get(0), both.get(1));
        boolean color = output == null && format == OutputFormat.TEXT && cli.terminal().color();
        cli.emit(format.renderer(new RenderOptions(color, false)).render(diff), output);
        return diff.verdictChanged() ? ExitCode.NO_GO.code() : ExitCode.OK.code();
    }
}
