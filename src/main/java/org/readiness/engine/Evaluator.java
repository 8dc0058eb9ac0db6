package org.readiness.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.readiness.model.Assessment;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionResult;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Finding;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.Provenance;
import org.readiness.model.Status;
import org.readiness.model.Verdict;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * Evaluates fact sets against one compiled rule set. Thread-safe: each evaluation has its own session,
 * objects and listener; what is shared is immutable.
 */
public final class Evaluator {

    /** Evidence against first, then in the order the rules are written, then in the order the facts are. */
    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.conclusion() == Conclusion.NOT_MET ? 0 : 1)
            .thenComparing(f -> f.rule().location().file())
            .thenComparingInt(f -> f.rule().location().line())
            .thenComparingInt(f -> f.facts().isEmpty() ? 0 : f.facts().get(0).location().line());

    private final RuleSet rules;
    private final EvaluationOptions options;
    private final EvidencePolicy policy;
    private final Map<Rule, FiringRecorder.Prepared> prepared = new IdentityHashMap<>();
    private final FactBinder binder;
    private final CriterionJudge criterionJudge;

    public Evaluator(RuleSet rules, EvaluationOptions options) {
        this.rules = rules;
        this.options = options;
        this.policy = options.evidencePolicy() == null ? rules.evidencePolicy() : options.evidencePolicy();
        this.binder = new FactBinder(rules.catalog());
        this.criterionJudge = new CriterionJudge(rules.rules(), policy);
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.definition(pkg.getName(), rule.getName()).ifPresent(d -> prepared.put(rule, prepare(d)));
            }
        }
    }

    private static FiringRecorder.Prepared prepare(RuleDefinition definition) {
        List<String> printed = new ArrayList<>();
        definition.reason().placeholders().forEach(p -> printed.add(p.binding()));
        if (definition.remedy() != null) {
            definition.remedy().placeholders().forEach(p -> printed.add(p.binding()));
        }
        return new FiringRecorder.Prepared(definition, printed.stream().distinct().toList());
    }

    public RuleSet rules() {
        return rules;
    }

    public EvidencePolicy evidencePolicy() {
        return policy;
    }

    /**
     * @throws ProblemException when the rules loop (more firings than the limit) or run out of time
     */
    public Assessment evaluate(FactSet facts) {
        FactBinder.Bound bound = binder.bind(facts.facts());
        KieSession session = rules.kieBase().newKieSession();
        FiringRecorder recorder = new FiringRecorder(prepared, session,
                System.nanoTime() + options.timeLimit().toNanos());
        int fired;
        try {
            session.addEventListener(recorder);
            for (Object object : bound.objects()) {
                session.insert(object);
            }
            fired = session.fireAllRules(options.maxFirings() + 1);
        } finally {
            session.dispose();
        }
        if (fired > options.maxFirings()) {
            throw runaway(recorder, facts, ProblemCode.RULES_LOOP,
                    "fired more than " + options.maxFirings() + " times on " + facts.origin() + ": the rules loop",
                    "a rule's consequence should be empty (the engine records findings); one that inserts or modifies facts can match again forever");
        }
        if (recorder.timedOut()) {
            throw runaway(recorder, facts, ProblemCode.RULES_TIMEOUT,
                    "was still firing after " + options.timeLimit().toMillis() + " ms on " + facts.origin(),
                    "simplify the rule's conditions or check it for a loop");
        }
        return assess(facts, recorder.firings(), fired, bound.facts());
    }

    private Assessment assess(FactSet facts, List<Firing> firings, int fired, Map<Object, Fact> bound) {
        FindingMaker maker = new FindingMaker(bound, new EvidenceJudge(policy, facts), rules.catalog());
        Map<String, List<Finding>> byCriterion = new LinkedHashMap<>();
        rules.criteria().forEach(c -> byCriterion.put(c.id(), new ArrayList<>()));
        for (Firing firing : firings) {
            byCriterion.get(firing.rule().info().criterion()).add(maker.finding(firing));
        }
        List<CriterionResult> results = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Criterion criterion : rules.criteria()) {
            List<Finding> findings = new ArrayList<>(byCriterion.get(criterion.id()));
            findings.sort(FINDING_ORDER);
            CriterionResult result = criterionJudge.judge(criterion, findings, facts);
            results.add(result);
            if (criterion.blocking() && result.status() == Status.NOT_MET) {
                notMet.add(criterion.id());
            } else if (criterion.blocking() && result.status() == Status.UNKNOWN) {
                unknown.add(criterion.id());
            }
        }
        Verdict verdict = notMet.isEmpty() && unknown.isEmpty() ? Verdict.GO : Verdict.NO_GO;
        Provenance provenance = new Provenance(rules.hash(), facts.hash(), Versions.READINESS, Versions.DROOLS,
                options.clock().instant(), fired);
        return new Assessment(facts.scenario(), facts.description(), facts.origin(), facts.asOf(), verdict, results, notMet, unknown,
                facts.sources(), policy, provenance, facts.overrides());
    }

    private static ProblemException runaway(FiringRecorder recorder, FactSet facts, ProblemCode code, String what, String hint) {
        Map<RuleDefinition, Integer> counts = new LinkedHashMap<>();
        recorder.firings().forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        Location at = Location.of(facts.origin());
        String rule = "the rules";
        var busiest = counts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (busiest.isPresent()) {
            at = busiest.get().getKey().info().location();
            rule = "rule \"" + busiest.get().getKey().info().name() + "\"";
        }
        return new ProblemException(Problem.at(code, at, rule + " " + what, hint));
    }
}
