package org.readiness;

import java.nio.file.Path;
import java.util.List;
import org.readiness.document.Format;
import org.readiness.engine.EvaluationOptions;
import org.readiness.engine.Evaluator;
import org.readiness.facts.FactSetReader;
import org.readiness.facts.Overrides;
import org.readiness.model.Assessment;
import org.readiness.model.Criterion;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemException;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;

/**
 * The embedding API: compile a rule set once, then read and evaluate fact sets, from any number of
 * threads. The command line and the HTTP service are thin shells over this class.
 *
 * <pre>{@code
 * Readiness readiness = Readiness.load(Path.of("rules"));
 * Assessment assessment = readiness.evaluate(Path.of("facts/2025-03-coalition-planning.yaml"));
 * assessment.verdict();   // NO_GO
 * }</pre>
 *
 * Every method reports bad input by throwing {@link ProblemException} with all the problems found.
 */
public final class Readiness {

    private final Evaluator evaluator;

    private Readiness(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Reads and compiles the rule set in {@code rulesDir}: the expensive step, done once. */
    public static Readiness load(Path rulesDir) {
        return load(rulesDir, EvaluationOptions.DEFAULT);
    }

    public static Readiness load(Path rulesDir, EvaluationOptions options) {
        return of(RuleSet.load(rulesDir), options);
    }

    /**
     * Loads the rule set through an on-disk cache of compiled rule sets: as fast as reading a file when the
     * rules have not changed since they were last compiled, and otherwise exactly {@link #load(Path)}.
     */
    public static Readiness load(Path rulesDir, RuleCache cache) {
        return of(RuleSet.load(rulesDir, cache), EvaluationOptions.DEFAULT);
    }

    /** Evaluates with an already compiled rule set. */
    public static Readiness of(RuleSet rules, EvaluationOptions options) {
        return new Readiness(new Evaluator(rules, options));
    }

    /** The same compiled rules, evaluated with other options. */
    public Readiness with(EvaluationOptions options) {
        return of(evaluator.rules(), options);
    }

    public RuleSet rules() {
        return evaluator.rules();
    }

    public List<Criterion> criteria() {
        return evaluator.rules().criteria();
    }

    /** Reads and validates a fact file (YAML or JSON, by extension) against the declared fact types. */
    public FactSet readFacts(Path file) {
        return FactSetReader.read(file, rules().catalog());
    }

    /** Validates a fact set given as text; {@code origin} names it in messages and in the assessment. */
    public FactSet parseFacts(String content, Format format, String origin) {
        return FactSetReader.parse(content, format, origin, rules().catalog());
    }

    /**
     * The fact set with what-if overrides applied ({@code Support[party=US].political=committed}), each
     * validated like a fact file; the assessment records them.
     */
    public FactSet override(FactSet facts, List<String> overrides) {
        return new Overrides(rules().catalog()).apply(facts, overrides);
    }

    /** Evaluates a validated fact set; cheap (microseconds) and safe to call from many threads. */
    public Assessment evaluate(FactSet facts) {
        return evaluator.evaluate(facts);
    }

    public Assessment evaluate(Path factFile) {
        return evaluate(readFacts(factFile));
    }
}
