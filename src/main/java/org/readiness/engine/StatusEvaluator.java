package org.readiness.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.Status;
import org.readiness.model.Verdict;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * The lean evaluation that what-if searches and sweeps repeat thousands of times: the same rules, session
 * and status semantics as {@link Evaluator} (design §2), but it keeps only which rule fired on which facts
 * and each criterion's status; no findings, reasons or assessment are built. {@code StatusEvaluatorTest}
 * holds it to the same statuses as the full evaluation.
 *
 * <p>Evidence quality is given per fact by the caller, since a variation of a fact set changes what its
 * facts say, not (for unedited facts) what they rest on. Thread-safe: what it shares is immutable.
 */
final class StatusEvaluator {

    /** One rule firing: the rule (an index into {@link #rules()}) and the facts (indices) it matched. */
    record Hit(int rule, int[] facts) {
    }

    /** Each criterion's status, in {@link RuleSet#criteria()} order, and the firings behind them. */
    record Outcome(Status[] statuses, List<Hit> hits) {

        Status status(int criterion) {
            return statuses[criterion];
        }
    }

    private final RuleSet ruleSet;
    private final EvaluationOptions options;
    private final List<RuleDefinition> rules = new ArrayList<>();
    private final int[] criterionOf;
    private final boolean[] met;
    /** For each criterion, the fact types its rules read. */
    private final List<Set<String>> typesRead = new ArrayList<>();
    private final Map<Rule, Integer> index = new IdentityHashMap<>();
    private final FactBinder binder;
    private final EvidencePolicy policy;
    /**
     * This evaluation is repeated thousands of times: the pool grows to as many sessions as threads use at
     * once. {@code StatusEvaluatorTest} checks that nothing of one evaluation leaks into the next.
     */
    private final SessionPool sessions;
    private final FieldChoices fieldChoices;

    StatusEvaluator(RuleSet ruleSet, EvaluationOptions options) {
        this.ruleSet = ruleSet;
        this.options = options;
        this.binder = new FactBinder(ruleSet.catalog());
        this.policy = options.evidencePolicy() == null ? ruleSet.evidencePolicy() : options.evidencePolicy();
        this.sessions = new SessionPool(ruleSet.kieBase());
        List<Criterion> criteria = ruleSet.criteria();
        for (KiePackage pkg : ruleSet.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ruleSet.definition(pkg.getName(), rule.getName()).ifPresent(d -> {
                    index.put(rule, rules.size());
                    rules.add(d);
                });
            }
        }
        criterionOf = new int[rules.size()];
        met = new boolean[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            String id = rules.get(r).info().criterion();
            criterionOf[r] = indexOf(criteria, id);
            met[r] = rules.get(r).info().conclusion() == Conclusion.MET;
        }
        for (int c = 0; c < criteria.size(); c++) {
            Set<String> types = new LinkedHashSet<>();
            for (int r = 0; r < rules.size(); r++) {
                if (criterionOf[r] == c) {
                    types.addAll(rules.get(r).reads().types());
                }
            }
            typesRead.add(Set.copyOf(types));
        }
        fieldChoices = new FieldChoices(ruleSet.catalog(), List.copyOf(rules));
    }

    private static int indexOf(List<Criterion> criteria, String id) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("rule names undeclared criterion " + id);
    }

    RuleSet ruleSet() {
        return ruleSet;
    }

    /** What edits may set each field to, as the rules test them. */
    FieldChoices fieldChoices() {
        return fieldChoices;
    }

    /** The rules, indexed as {@link Hit#rule()} indexes them. */
    List<RuleDefinition> rules() {
        return rules;
    }

    int criterionOf(int rule) {
        return criterionOf[rule];
    }

    /** The fact types the rules of a criterion (an index into {@link RuleSet#criteria()}) read. */
    Set<String> typesRead(int criterion) {
        return typesRead.get(criterion);
    }

    EvidencePolicy policy() {
        return policy;
    }

    /** Which facts of a fact set are too weak (stale, poorly sourced, uncited) to make a criterion MET. */
    boolean[] weakness(FactSet facts) {
        EvidenceJudge judge = new EvidenceJudge(policy, facts);
        boolean[] weak = new boolean[facts.facts().size()];
        for (int i = 0; i < weak.length; i++) {
            weak[i] = !judge.warnings(facts.facts().get(i)).isEmpty();
        }
        return weak;
    }

    static Verdict verdict(Status[] statuses, List<Criterion> criteria) {
        for (int c = 0; c < statuses.length; c++) {
            if (criteria.get(c).blocking() && statuses[c] != Status.MET) {
                return Verdict.NO_GO;
            }
        }
        return Verdict.GO;
    }

    /**
     * Evaluates {@code facts}, a variation of {@code context}; {@code weak[i]} says whether fact i is weak
     * evidence.
     *
     * @throws ProblemException when the rules loop or run out of time on this variation
     */
    Outcome evaluate(List<Fact> facts, boolean[] weak, FactSet context) {
        FactBinder.Bound bound = binder.bind(facts);
        Map<Object, Integer> positions = new IdentityHashMap<>(facts.size() * 2);
        for (int i = 0; i < bound.objects().size(); i++) {
            positions.put(bound.objects().get(i), i);
        }
        KieSession session = sessions.take();
        Deadline deadline = new Deadline(session, options.timeLimit());
        Listener listener = new Listener(positions, deadline);
        int fired;
        RuleEventManager events = (RuleEventManager) session;
        try {
            events.addEventListener(listener);
            bound.objects().forEach(session::insert);
            fired = session.fireAllRules(options.maxFirings() + 1);
        } finally {
            events.removeEventListener(listener);
            session.dispose();
        }
        if (fired > options.maxFirings() || deadline.passed()) {
            throw runaway(facts, context);
        }
        return new Outcome(statuses(listener.hits, weak), listener.hits);
    }

    private Status[] statuses(List<Hit> hits, boolean[] weak) {
        int n = ruleSet.criteria().size();
        boolean[] against = new boolean[n];
        boolean[] strong = new boolean[n];
        for (Hit hit : hits) {
            int c = criterionOf[hit.rule()];
            if (!met[hit.rule()]) {
                against[c] = true;
            } else if (hit.facts().length > 0 && allStrong(hit.facts(), weak)) {
                strong[c] = true;
            }
        }
        Status[] statuses = new Status[n];
        for (int c = 0; c < n; c++) {
            statuses[c] = against[c] ? Status.NOT_MET : strong[c] ? Status.MET : Status.UNKNOWN;
        }
        return statuses;
    }

    private static boolean allStrong(int[] facts, boolean[] weak) {
        for (int f : facts) {
            if (weak[f]) {
                return false;
            }
        }
        return true;
    }

    /** The full evaluation reports a runaway with the rule that ran away; this asks it to. */
    private ProblemException runaway(List<Fact> facts, FactSet context) {
        FactSet variation = new FactSet(context.scenario(), context.description(), context.asOf(), context.sources(),
                facts, context.origin(), context.hash(), context.overrides(), List.of());
        try {
            new Evaluator(ruleSet, options).evaluate(variation);
        } catch (ProblemException e) {
            return e;
        }
        return new ProblemException(Problem.at(ProblemCode.RULES_TIMEOUT, Location.of(context.origin()),
                "the rules ran longer than " + options.timeLimit().toMillis() + " ms on a variation of " + context.origin(),
                "simplify the rules' conditions or check them for a loop"));
    }

    /**
     * Records each firing's rule and matched facts, and halts the session past the deadline; through
     * Drools' rule event hook, as {@link FiringRecorder} does (measured here, no faster than an agenda
     * listener: a variation fires few rules, and the search's own work dominates).
     */
    private final class Listener implements RuleEventListener {
        private final Map<Object, Integer> positions;
        private final Deadline deadline;
        private final List<Hit> hits = new ArrayList<>();

        Listener(Map<Object, Integer> positions, Deadline deadline) {
            this.positions = positions;
            this.deadline = deadline;
        }

        @Override
        public void onAfterMatchFire(Match match) {
            Integer rule = index.get(match.getRule());
            if (rule != null) {
                hits.add(new Hit(rule, matched(match.getObjects())));
            }
            deadline.check();
        }

        /** The facts behind the matched objects, looking inside collected lists, each once, in order. */
        private int[] matched(List<Object> objects) {
            Facts facts = new Facts(objects.size());
            for (Object object : objects) {
                if (object instanceof Collection<?> collection) {
                    collection.forEach(item -> facts.add(positions.get(item)));
                } else {
                    facts.add(positions.get(object));
                }
            }
            return facts.toArray();
        }
    }

    /** A small set of fact positions in the order first added. */
    private static final class Facts {
        private int[] items;
        private int size;

        Facts(int capacity) {
            items = new int[Math.max(4, capacity)];
        }

        void add(Integer position) {
            if (position == null) {
                return;
            }
            for (int i = 0; i < size; i++) {
                if (items[i] == position) {
                    return;
                }
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = position;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
