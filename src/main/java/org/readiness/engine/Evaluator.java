package org.readiness.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.readiness.model.Assessment;
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
import org.readiness.rules.BuildInfo;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * Evaluates fact sets against one compiled rule set. Thread-safe: each evaluation has its own session,
 * objects and listener; what is shared is immutable.
 *
 * <p>Everything that depends only on the rule set (which criterion each rule judges, where it stands in
 * the order findings are listed in, what its templates print, how enum values read) is worked out once,
 * here, so that an evaluation costs little more than the engine's own firing: no lookups by name per
 * firing, no comparison of file names per finding, no scan of the rules per criterion.
 *
 * <p>Sessions come from a {@link SessionPool}, which spares each evaluation setting up the network's
 * memories afresh: about a seventh of an evaluation of the shipped rules, and two fifths with forty
 * thousand rules, where part of that setup grows faster than the rules do.
 */
public final class Evaluator {

    private final RuleSet rules;
    private final EvaluationOptions options;
    private final EvidencePolicy policy;
    private final Map<Rule, PreparedRule> prepared = new IdentityHashMap<>();
    private final FactBinder binder;
    private final CriterionJudge criterionJudge;
    private final Prose prose;
    private final List<Criterion> criteria;
    private final SessionPool sessions;

    public Evaluator(RuleSet rules, EvaluationOptions options) {
        this.rules = rules;
        this.options = options;
        this.policy = options.evidencePolicy() == null ? rules.evidencePolicy() : options.evidencePolicy();
        this.binder = new FactBinder(rules.catalog());
        this.criterionJudge = new CriterionJudge(rules.rules(), policy);
        this.prose = new Prose(rules.catalog());
        this.criteria = rules.criteria();
        this.sessions = new SessionPool(rules.kieBase());
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            criterionIndex.putIfAbsent(criteria.get(i).id(), i);
        }
        Map<RuleDefinition, Integer> ranks = ranks(rules.definitions());
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.definition(pkg.getName(), rule.getName()).ifPresent(d -> prepared.put(rule,
                        new PreparedRule(d, printedBindings(d), criterionIndex.get(d.info().criterion()), ranks.get(d))));
            }
        }
    }

    /**
     * Each rule's place when rules are ordered by file and line, as findings are listed: the rule set
     * gives them in that order, and rules written at the same place share a rank (and keep firing order).
     */
    private static Map<RuleDefinition, Integer> ranks(Collection<RuleDefinition> inOrder) {
        Map<RuleDefinition, Integer> ranks = new IdentityHashMap<>();
        int rank = -1;
        Location previous = null;
        for (RuleDefinition definition : inOrder) {
            Location at = definition.info().location();
            if (previous == null || at.line() != previous.line() || !at.file().equals(previous.file())) {
                rank++;
            }
            ranks.put(definition, rank);
            previous = at;
        }
        return ranks;
    }

    private static List<String> printedBindings(RuleDefinition definition) {
        Set<String> printed = new LinkedHashSet<>();
        definition.reason().placeholders().forEach(p -> printed.add(p.binding()));
        if (definition.remedy() != null) {
            definition.remedy().placeholders().forEach(p -> printed.add(p.binding()));
        }
        return List.copyOf(printed);
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
        KieSession session = sessions.take();
        Deadline deadline = new Deadline(session, options.timeLimit());
        FiringRecorder recorder = new FiringRecorder(prepared, deadline);
        int fired;
        try {
            recorder.listenTo(session);
            for (Object object : bound.objects()) {
                session.insert(object);
            }
            fired = session.fireAllRules(options.maxFirings() + 1);
        } finally {
            session.dispose(); // resets it and returns it to the pool
        }
        if (fired > options.maxFirings()) {
            throw runaway(recorder, facts, ProblemCode.RULES_LOOP,
                    "fired more than " + options.maxFirings() + " times on " + facts.origin() + ": the rules loop",
                    "a rule's consequence should be empty (the engine records findings); one that inserts or modifies facts can match again forever");
        }
        if (deadline.passed()) {
            throw runaway(recorder, facts, ProblemCode.RULES_TIMEOUT,
                    "was still firing after " + options.timeLimit().toMillis() + " ms on " + facts.origin(),
                    "simplify the rule's conditions or check it for a loop");
        }
        return assess(facts, recorder.firings(), fired, bound.facts());
    }

    /** A finding with the keys it is listed by: evidence against first, then rule order, then fact order. */
    private record Ranked(Finding finding, int against, int rank, int line) {
        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::against)
                .thenComparingInt(Ranked::rank)
                .thenComparingInt(Ranked::line);
    }

    private Assessment assess(FactSet facts, List<Firing> firings, int fired, Map<Object, Fact> bound) {
        FindingMaker maker = new FindingMaker(bound, new EvidenceJudge(policy, facts), prose);
        @SuppressWarnings("unchecked")
        List<Ranked>[] byCriterion = new List[criteria.size()]; // null: no finding
        for (Firing firing : firings) {
            Finding finding = maker.finding(firing);
            int line = finding.facts().isEmpty() ? 0 : finding.facts().get(0).location().line();
            int criterion = firing.rule().criterion();
            if (byCriterion[criterion] == null) {
                byCriterion[criterion] = new ArrayList<>(4);
            }
            byCriterion[criterion].add(new Ranked(finding, firing.rule().concludesNotMet() ? 0 : 1, firing.rule().rank(), line));
        }
        Supplier<Set<String>> presentTypes = new Supplier<>() {
            private Set<String> types;

            @Override
            public Set<String> get() {
                if (types == null) {
                    types = new HashSet<>();
                    facts.facts().forEach(f -> types.add(f.type()));
                }
                return types;
            }
        };
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        List<String> notMet = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            List<Ranked> ranked = byCriterion[i] == null ? List.of() : byCriterion[i];
            Finding[] sorted = new Finding[ranked.size()];
            if (sorted.length > 0) {
                ranked.sort(Ranked.ORDER);
                for (int j = 0; j < sorted.length; j++) {
                    sorted[j] = ranked.get(j).finding();
                }
            }
            List<Finding> findings = List.of(sorted); // immutable already: the result keeps it without a copy
            CriterionResult result = criterionJudge.judge(criterion, findings, presentTypes);
            results.add(result);
            if (criterion.blocking() && result.status() == Status.NOT_MET) {
                notMet.add(criterion.id());
            } else if (criterion.blocking() && result.status() == Status.UNKNOWN) {
                unknown.add(criterion.id());
            }
        }
        Verdict verdict = notMet.isEmpty() && unknown.isEmpty() ? Verdict.GO : Verdict.NO_GO;
        Provenance provenance = new Provenance(rules.hash(), facts.hash(), BuildInfo.READINESS, BuildInfo.DROOLS,
                options.clock().instant(), fired);
        return new Assessment(facts.scenario(), facts.description(), facts.origin(), facts.asOf(), verdict, results, notMet, unknown,
                facts.sources(), policy, provenance, facts.overrides());
    }

    private static ProblemException runaway(FiringRecorder recorder, FactSet facts, ProblemCode code, String what, String hint) {
        Map<RuleDefinition, Integer> counts = new LinkedHashMap<>();
        recorder.firings().forEach(f -> counts.merge(f.rule().definition(), 1, Integer::sum));
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
