package org.readiness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readiness.Readiness;
import org.readiness.engine.CounterfactualOptions;
import org.readiness.engine.EvaluationOptions;
import org.readiness.model.Assessment;
import org.readiness.model.FactSet;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.readiness.report.OutputFormat;
import org.readiness.report.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code readiness evaluate FACTS…}: assess fact sets and print the assessments. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Assess one or more fact sets: GO or NO-GO, each criterion's status, why, and what would have to change "
                + "(for a NO-GO, the fewest fact edits that would give GO).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness evaluate facts/2025-03-coalition-planning.yaml",
            "  readiness evaluate facts/*.yaml --format json --output target/assessments.json",
            "  readiness evaluate facts/2025-03-coalition-planning.yaml \\",
            "      --set 'Ceasefire.scope=comprehensive' --explain",
            "",
            "Exit codes: 0 GO; 1 NO-GO; 2 usage error; 3 invalid rules or facts;",
            "  4 a file could not be read or written."})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FACTS", arity = "1..*", description = "Fact set files (.yaml, .yml or .json).")
    List<Path> factFiles;

    @Mixin
    RulesOptions rules;

    @Mixin
    EvidenceOptions evidence;

    @Mixin
    SearchOptions search;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.Output.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--explain", description = "Text: show every finding with its evidence, met criteria included.")
    boolean explain;

    @Option(names = "--set", paramLabel = "TYPE.FIELD=VALUE",
            description = "What-if: change a field before evaluating, e.g. 'Support[party=US].political=committed'; repeatable. "
                    + "An empty value makes the field unknown.")
    List<String> overrides = new ArrayList<>();

    private final Cli cli;

    EvaluateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Readiness base = cli.load(rules);
        Readiness readiness = base.with(EvaluationOptions.DEFAULT.withEvidencePolicy(evidence.apply(base.rules().evidencePolicy()))
                .withCounterfactual(search.apply(CounterfactualOptions.DEFAULT)));
        List<FactSet> factSets = readAll(readiness);
        List<Assessment> assessments = factSets.stream().map(readiness::evaluate).toList();
        boolean color = output == null && format == OutputFormat.TEXT && cli.terminal().color();
        cli.emit(format.renderer(new RenderOptions(color, explain)).render(assessments), output);
        return assessments.stream().map(a -> ExitCode.of(a.verdict())).reduce(ExitCode.OK, ExitCode::worst).code();
    }

    /** Every fact file is read and validated before any is assessed, so that all problems show at once. */
    private List<FactSet> readAll(Readiness readiness) {
        List<FactSet> factSets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : factFiles) {
            try {
                factSets.add(readiness.override(readiness.readFacts(file), overrides));
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return factSets;
    }
}
