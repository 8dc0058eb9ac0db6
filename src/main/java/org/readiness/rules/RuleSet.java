package org.readiness.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.kie.api.KieBase;
import org.readiness.model.Criterion;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.readiness.model.RuleInfo;

/**
 * A compiled rule set: the criteria, the declared fact types, the rules with their metadata, and the
 * Drools knowledge base that evaluates them. Immutable and safe to share between threads; compiling is
 * the expensive step, so a process compiles once and evaluates many fact sets.
 */
public final class RuleSet {

    private final Path directory;
    private final String hash;
    private final List<Criterion> criteria;
    private final EvidencePolicy evidencePolicy;
    private final FactCatalog catalog;
    private final Map<String, RuleDefinition> rules;
    private final List<RuleDefinition> ruleOrder;
    private final KieBase kieBase;

    private RuleSet(Path directory, String hash, List<Criterion> criteria, EvidencePolicy evidencePolicy,
                    FactCatalog catalog, Map<String, RuleDefinition> rules, KieBase kieBase) {
        this.directory = directory;
        this.hash = hash;
        this.criteria = List.copyOf(criteria);
        this.evidencePolicy = evidencePolicy;
        this.catalog = catalog;
        this.rules = Map.copyOf(rules);
        this.kieBase = kieBase;
        this.ruleOrder = List.copyOf(rules.values());
    }

    /**
     * Reads and compiles the rule set in {@code dir}, reporting every problem found in its files at once.
     *
     * @throws ProblemException when a file is missing or unreadable, or a rule or declaration is wrong
     */
    public static RuleSet load(Path dir) {
        return load(dir, RuleCache.disabled());
    }

    /**
     * Like {@link #load(Path)}, but takes the compiled rules from {@code cache} when it holds exactly these
     * files, and keeps them there when it does not. The result, and every problem reported, is the same
     * with or without the cache; the cache itself never makes a load fail.
     */
    public static RuleSet load(Path dir, RuleCache cache) {
        Inspection inspection = inspect(dir, cache);
        if (!inspection.problems().isEmpty()) {
            throw new ProblemException(inspection.problems());
        }
        return inspection.rules().orElseThrow();
    }

    /**
     * A rule set read as far as it goes, for {@code readiness check}: its problems rather than the first
     * failure, and the declared fact types whenever the DRL compiles, so that fact files can still be
     * checked when only a rule's metadata is wrong.
     *
     * @param rules    the rule set, when it loads without problems
     * @param catalog  the declared fact types, when the DRL, its declarations and criteria.yaml are valid
     *                 (only rule metadata may still be wrong)
     * @param problems everything wrong, in file order
     */
    public record Inspection(Optional<RuleSet> rules, Optional<FactCatalog> catalog, List<Problem> problems) {
        public Inspection {
            problems = List.copyOf(problems);
        }
    }

    public static Inspection inspect(Path dir) {
        return inspect(dir, RuleCache.disabled());
    }

    /** {@link #inspect(Path)} through the cache: only a rule set that loads without a problem is written to it. */
    public static Inspection inspect(Path dir, RuleCache cache) {
        RulesDirectory files;
        try {
            files = RulesDirectory.read(dir);
        } catch (ProblemException e) {
            return new Inspection(Optional.empty(), Optional.empty(), e.problems());
        }
        Optional<RuleSet> remembered = cache.remembered(files);
        if (remembered.isPresent()) {
            return new Inspection(remembered, Optional.of(remembered.get().catalog()), List.of());
        }
        // The cached rules load on a helper thread while this one reads the criteria: the two are
        // independent, and in a fresh JVM each takes a good part of a command's run.
        FutureTask<Optional<DrlCompiler.Compiled>> cached = new FutureTask<>(() -> cache.read(files));
        if (cache.directory().isPresent()) {
            Thread helper = new Thread(cached, "readiness-rule-cache");
            helper.setDaemon(true);
            helper.start();
        } else {
            cached.run();
        }
        List<Problem> problems = new ArrayList<>();
        CriteriaReader.Criteria criteria = null;
        try {
            criteria = CriteriaReader.read(files.criteria());
        } catch (ProblemException e) {
            problems.addAll(e.problems());
        }
        // Only rules that loaded without a problem are ever cached, so with broken criteria there is
        // nothing to find: compile, and report the criteria's problems with the rules' own.
        Optional<DrlCompiler.Compiled> fromCache = join(cached);
        DrlCompiler.Compiled compiled = criteria == null ? null : fromCache.orElse(null);
        boolean fresh = compiled == null;
        if (fresh) {
            try {
                compiled = DrlCompiler.compile(files.drlFiles());
            } catch (ProblemException e) {
                problems.addAll(e.problems());
                return new Inspection(Optional.empty(), Optional.empty(), problems);
            }
        }
        if (criteria == null) {
            return new Inspection(Optional.empty(), Optional.empty(), problems);
        }
        try {
            Map<String, RuleDefinition> rules = RuleReader.read(compiled.kieBase(), compiled.sources(), criteria.criteria(),
                    compiled.catalog());
            RuleSet ruleSet = new RuleSet(dir, files.hash(), criteria.criteria(), criteria.evidencePolicy(), compiled.catalog(),
                    rules, compiled.kieBase());
            if (fresh) {
                cache.write(files, compiled);
            }
            cache.remember(files, ruleSet);
            return new Inspection(Optional.of(ruleSet), Optional.of(compiled.catalog()), problems);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return new Inspection(Optional.empty(), Optional.of(compiled.catalog()), problems);
        }
    }

    /** The cache's answer; the cache never throws, so only an error of the JVM itself can come out of it. */
    private static Optional<DrlCompiler.Compiled> join(FutureTask<Optional<DrlCompiler.Compiled>> cached) {
        try {
            return cached.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the rule cache failed", e.getCause());
        }
    }

    public Path directory() {
        return directory;
    }

    /** {@code sha256:…} over every rule file and criteria.yaml: which rules an assessment used. */
    public String hash() {
        return hash;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The evidence policy criteria.yaml declares, or the default. */
    public EvidencePolicy evidencePolicy() {
        return evidencePolicy;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** Every rule, in file and line order. */
    public List<RuleInfo> rules() {
        return ruleOrder.stream().map(RuleDefinition::info).toList();
    }

    /** Every rule with its parsed reason and remedy, in file and line order. */
    public Collection<RuleDefinition> definitions() {
        return ruleOrder;
    }

    /** The rule Drools knows as {@code packageName.ruleName}. */
    public Optional<RuleDefinition> definition(String packageName, String ruleName) {
        return Optional.ofNullable(rules.get(packageName + "." + ruleName));
    }

    /** The compiled knowledge base; each evaluation opens its own session on it. */
    public KieBase kieBase() {
        return kieBase;
    }
}
