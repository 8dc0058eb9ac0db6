package org.readiness.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.readiness.Readiness;
import org.readiness.document.DocumentFiles;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.testing.JUnitXml;
import org.readiness.testing.TestFormat;
import org.readiness.testing.TestReport;
import org.readiness.testing.TestRunner;
import org.readiness.testing.TestSuite;
import org.readiness.testing.TestSuiteReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness test [PATH…]}: run the rule tests and report each case, coverage and the count. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the rule tests (YAML files in tests/): each case evaluates a fact set, perhaps with overrides, "
                + "and states the verdict, criterion statuses and rules it expects. Prints PASS or FAIL per case, "
                + "the rules no case fired, and 'N passed, N failed'.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness test",
            "  readiness test tests/ceasefire.yaml",
            "  readiness test --coverage-threshold 100 --junit target/rule-tests.xml",
            "",
            "Exit codes: 0 all passed; 1 a case failed or coverage is below the",
            "  threshold; 2 usage error; 3 invalid rules, facts or test files;",
            "  4 a file could not be read or written."})
public final class TestCommand implements Callable<Integer> {

    static final Path DEFAULT_TESTS = Path.of("tests");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Test files, or directories to search for .yaml, .yml and .json test files (default: tests).")
    List<Path> paths;

    @Mixin
    RulesOptions rules;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = FormatNames.Test.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    TestFormat format;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE (whole or not at all), for CI systems.")
    Path junit;

    private Double threshold;

    @Option(names = "--coverage-threshold", paramLabel = "PCT",
            description = "Fail (exit 1) when the cases fire less than PCT percent of the rules (0 to 100).")
    void coverageThreshold(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new ParameterException(spec.commandLine(), "--coverage-threshold takes a percentage from 0 to 100, not " + percent);
        }
        threshold = percent;
    }

    private final Cli cli;

    TestCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Readiness readiness = cli.load(rules);
        List<Path> given = paths == null || paths.isEmpty() ? List.of(DEFAULT_TESTS) : paths;
        DocumentFiles files = DocumentFiles.under(given);
        if (!files.problems().isEmpty()) {
            throw new ProblemException(files.problems());
        }
        if (files.files().isEmpty()) {
            throw new ProblemException(Problem.at(ProblemCode.NO_TESTS, Location.of(String.join(", ", given.stream().map(Path::toString).toList())),
                    "no test files here (.yaml, .yml or .json)", "write rule tests in tests/, or name the files to run"));
        }
        List<TestSuite> suites = TestSuiteReader.load(readiness, files.files()).orThrow();
        TestReport report = new TestRunner(readiness).run(suites, threshold);
        if (junit != null) {
            AtomicFile.write(junit, JUnitXml.render(report));
        }
        cli.emit(format.render(report, format == TestFormat.TEXT && cli.terminal().color()), null);
        return report.success() ? ExitCode.OK.code() : ExitCode.NO_GO.code();
    }
}
