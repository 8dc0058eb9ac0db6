package org.readiness.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.Readiness;
import org.readiness.document.DocumentFiles;
import org.readiness.document.DocumentReader;
import org.readiness.document.Node;
import org.readiness.engine.EvaluationOptions;
import org.readiness.facts.FactSetReader;
import org.readiness.model.ProblemException;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;
import org.readiness.testing.TestSuiteReader;

/**
 * {@code readiness check}: compiles the rules; validates every fact file and rule test against the
 * declared fact types; lints; and analyses each criterion over the declared values of the fields its
 * rules read. Reports every finding at once rather than stopping at the first.
 */
public final class Checker {

    /** Where a project keeps its fact sets and rule tests, checked when no paths are given. */
    public static final List<Path> DEFAULT_PATHS = List.of(Path.of("facts"), Path.of("tests"));

    /**
     * @param paths           fact and test files, or directories of them; empty for {@link #DEFAULT_PATHS}
     * @param maxCombinations the most fact sets evaluated per criterion; 0 skips the analysis
     * @param seed            the seed of the random sample, when a criterion has more fact sets than that
     * @param cache           where compiled rule sets are kept between runs ({@link RuleCache#disabled()}: compile)
     */
    public record Options(Path rules, List<Path> paths, int maxCombinations, long seed, RuleCache cache) {
        public static final int DEFAULT_MAX_COMBINATIONS = 20_000;
        public static final long DEFAULT_SEED = 1;

        public Options {
            paths = List.copyOf(paths);
            if (maxCombinations < 0) {
                throw new IllegalArgumentException("maxCombinations must not be negative");
            }
        }

        public static Options defaults(Path rules) {
            return new Options(rules, List.of(), DEFAULT_MAX_COMBINATIONS, DEFAULT_SEED, RuleCache.disabled());
        }
    }

    private Checker() {
    }

    public static CheckReport check(Options options) {
        List<Diagnostic> found = new ArrayList<>();
        RuleSet.Inspection inspection = RuleSet.inspect(options.rules(), options.cache());
        inspection.problems().forEach(p -> found.add(Diagnostic.error(p)));

        List<Path> given = options.paths().isEmpty()
                ? DEFAULT_PATHS.stream().filter(Files::isDirectory).toList() : options.paths();
        DocumentFiles files = DocumentFiles.under(given);
        files.problems().forEach(p -> found.add(Diagnostic.error(p)));

        List<String> factFiles = new ArrayList<>();
        Map<Path, Node> testFiles = new LinkedHashMap<>();
        if (inspection.catalog().isPresent()) {
            FactCatalog catalog = inspection.catalog().get();
            for (Path file : files.files()) {
                try {
                    Node root = DocumentReader.read(file);
                    if (TestSuiteReader.isTestFile(root)) {
                        testFiles.put(file, root);
                        continue;
                    }
                    factFiles.add(file.toString());
                    found.addAll(Lint.sources(root));
                    FactSetReader.read(root, file.toString(), catalog);
                } catch (ProblemException e) {
                    e.problems().forEach(p -> found.add(Diagnostic.error(p)));
                }
            }
        }
        List<CriterionAnalysis> analysis = new ArrayList<>();
        inspection.rules().ifPresent(rules -> {
            // The analysis asks only which rules conclude: no counterfactual for its thousands of NO-GOs.
            Readiness readiness = Readiness.of(rules, EvaluationOptions.DEFAULT
                    .withCounterfactual(EvaluationOptions.DEFAULT.counterfactual().disabled()));
            TestSuiteReader.load(readiness, testFiles).problems().forEach(p -> found.add(Diagnostic.error(p)));
            found.addAll(Lint.rules(rules));
            if (options.maxCombinations() > 0) {
                // Criteria are analysed independently, each on its own thread: evaluation is thread-safe.
                List<Analysis.Result> results = rules.criteria().parallelStream()
                        .map(criterion -> rules.definitions().stream().filter(d -> d.info().criterion().equals(criterion.id())).toList())
                        .filter(concluding -> !concluding.isEmpty())
                        .map(concluding -> new Analysis(readiness, Domain.of(concluding.get(0).info().criterion(), concluding, rules.catalog()),
                                concluding, options.maxCombinations(), options.seed()).run())
                        .toList();
                results.forEach(r -> {
                    analysis.add(r.summary());
                    found.addAll(r.findings());
                });
            }
        });
        return new CheckReport(options.rules().toString(), inspection.catalog().isPresent(), inspection.rules().isPresent(),
                factFiles, testFiles.keySet().stream().map(Path::toString).toList(), found, analysis);
    }
}
