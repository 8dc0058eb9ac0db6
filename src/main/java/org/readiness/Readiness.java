package org.readiness;

import java.nio.file.Path;
import java.util.List;
import org.readiness.diff.Differ;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.Node;
import org.readiness.engine.Counterfactuals;
import org.readiness.engine.EvaluationOptions;
import org.readiness.engine.Evaluator;
import org.readiness.engine.Sweep;
import org.readiness.engine.SweepOptions;
import org.readiness.engine.SweepProgress;
import org.readiness.engine.UncertainFacts;
import org.readiness.facts.FactSetReader;
import org.readiness.facts.Overrides;
import org.readiness.model.Assessment;
import org.readiness.model.AssessmentDiff;
import org.readiness.model.Criterion;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemException;
import org.readiness.model.SweepResult;
import org.readiness.model.Verdict;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleSet;

/**
 * The embedding API: compile a rule set once, then read and evaluate fact sets, from any number of
 * threads. The command line and the HTTP service are thin shells over this class.
 *
 * <pre>{@code
 * Readiness readiness = Readiness.load(Path.of("rules"));
 * Assessment assessment = readiness.evaluate(Path.of("facts/2025-03-coalition-planning.yaml"));
 * assessment.verdict();          // NO_GO
 * assessment.counterfactual();   // the fewest fact edits that would give GO
 * }</pre>
 *
 * Every method reports bad input by throwing {@link ProblemException} with all the problems found.
 */
public final class Readiness {

    private final RuleSet rules;
    private final EvaluationOptions options;
    // Each engine works out what it needs from the rules (and keeps its own sessions) when first used:
    // a command uses one or two of them, and a Readiness made by with() for one request may use none.
    private final Lazy<Evaluator> evaluator;
    private final Lazy<Counterfactuals> counterfactuals;
    private final Lazy<Sweep> sweeper;

    private Readiness(RuleSet rules, EvaluationOptions options, Lazy<Evaluator> evaluator, Lazy<Counterfactuals> counterfactuals,
            Lazy<Sweep> sweeper) {
        this.rules = rules;
        this.options = options;
        this.evaluator = evaluator;
        this.counterfactuals = counterfactuals;
        this.sweeper = sweeper;
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
        return new Readiness(rules, options, new Lazy<>(() -> new Evaluator(rules, options)),
                new Lazy<>(() -> new Counterfactuals(rules, options)), new Lazy<>(() -> new Sweep(rules, options)));
    }

    /**
     * The same compiled rules, evaluated with other options. When only the counterfactual's bounds differ
     * (as a service request may ask), the evaluation, the sweep and the search's prepared rules and sessions
     * are shared.
     */
    public Readiness with(EvaluationOptions newOptions) {
        if (!newOptions.withCounterfactual(options.counterfactual()).equals(options)) {
            return of(rules, newOptions);
        }
        Lazy<Counterfactuals> sharing = new Lazy<>(() -> counterfactuals.get().withBounds(newOptions.counterfactual()));
        return new Readiness(rules, newOptions, evaluator, sharing, sweeper);
    }

    public EvaluationOptions options() {
        return options;
    }

    public RuleSet rules() {
        return rules;
    }

    public List<Criterion> criteria() {
        return rules.criteria();
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
     * Validates a fact set that is part of a larger document (a request holding two), so that problems name
     * their place in that document; {@code origin} names the document.
     */
    public FactSet readFacts(Node root, String origin) {
        return FactSetReader.read(root, origin, rules().catalog());
    }

    /** Validates a fact set given as bytes, e.g. a request body: strict UTF-8 (a byte-order mark is tolerated). */
    public FactSet parseFacts(byte[] content, Format format, String origin) {
        return parseFacts(DocumentReader.decode(content, origin), format, origin);
    }

    /**
     * The fact set with what-if overrides applied ({@code Support[party=US].political=committed}), each
     * validated like a fact file; the assessment records them. An override settles a field the fact set
     * gives as a distribution.
     */
    public FactSet override(FactSet facts, List<String> overrides) {
        return new Overrides(rules().catalog()).apply(facts, overrides);
    }

    /**
     * Evaluates a validated fact set; cheap (microseconds) and safe to call from many threads. A NO-GO
     * comes with its counterfactual unless the options turn it off (for the article, a fraction of a millisecond).
     *
     * @throws ProblemException when the fact set gives fields as distributions ({@code uncertain-facts}:
     *                          sweep it instead), or the rules loop
     */
    public Assessment evaluate(FactSet facts) {
        UncertainFacts.refuse(facts);
        Assessment assessment = evaluator.get().evaluate(facts);
        if (assessment.verdict() == Verdict.NO_GO && options.counterfactual().enabled()) {
            return assessment.withCounterfactual(counterfactuals.get().find(facts, assessment));
        }
        return assessment;
    }

    public Assessment evaluate(Path factFile) {
        return evaluate(readFacts(factFile));
    }

    /**
     * What changed from fact set {@code a} to fact set {@code b} and how the assessment moved (the
     * counterfactuals are not computed).
     */
    public AssessmentDiff diff(FactSet a, FactSet b) {
        UncertainFacts.refuse(a);
        UncertainFacts.refuse(b);
        return Differ.diff(a, evaluator.get().evaluate(a), b, evaluator.get().evaluate(b));
    }

    /** How likely GO is for a fact set that gives some fields as distributions; uses {@code sweep.threads()} threads. */
    public SweepResult sweep(FactSet facts, SweepOptions sweep, SweepProgress progress) {
        return sweeper.get().run(facts, sweep, progress);
    }

    public SweepResult sweep(FactSet facts, SweepOptions sweep) {
        return sweep(facts, sweep, SweepProgress.NONE);
    }
}
