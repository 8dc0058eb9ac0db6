package org.readiness.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.readiness.model.Assessment;
import org.readiness.model.Conclusion;
import org.readiness.model.Counterfactual;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionEdits;
import org.readiness.model.CriterionResult;
import org.readiness.model.EditGroup;
import org.readiness.model.Fact;
import org.readiness.model.FactEdit;
import org.readiness.model.FactSet;
import org.readiness.model.SearchRecord;
import org.readiness.model.Status;
import org.readiness.model.Verdict;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * Computes the counterfactual of a NO-GO (design §5): the fewest fact edits that turn the verdict to
 * GO, and for each blocking criterion not MET, the fewest that make it MET on its own.
 *
 * <p>A criterion's status depends only on the facts of the types its rules read. Blocking criteria whose
 * rules read no type in common are therefore independent: the answer for GO is the union of the answers
 * for each group of criteria that do share types, each group searched on its own facts ({@link
 * EditSearch}), which keeps every search small. The union is checked by evaluating it; should a rule set
 * defeat the analysis, one joint search over all blocking criteria takes its place.
 */
public final class Counterfactuals {

    private static final long LOW = 0xFFFF_FFFFL;

    private final StatusEvaluator evaluator;
    private final CounterfactualOptions bounds;
    private final List<Criterion> criteria;
    /** Every declared fact type: a variation evaluated whole. */
    private final Set<String> allTypes;

    public Counterfactuals(RuleSet rules, EvaluationOptions options) {
        this(new StatusEvaluator(rules, options), options.counterfactual());
    }

    private Counterfactuals(StatusEvaluator evaluator, CounterfactualOptions bounds) {
        this.evaluator = evaluator;
        this.bounds = bounds;
        this.criteria = evaluator.ruleSet().criteria();
        this.allTypes = evaluator.ruleSet().catalog().types().stream().map(FactTypeInfo::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The same search with other bounds, sharing this one's prepared rules and sessions. */
    public Counterfactuals withBounds(CounterfactualOptions newBounds) {
        return new Counterfactuals(evaluator, newBounds);
    }

    /**
     * What would have to change for {@code facts}, a fact set that evaluates NO-GO; {@code assessed} is
     * its assessment, whose statuses the search starts from (evaluating the facts again would cost as much
     * as a tenth of the search).
     */
    public Counterfactual find(FactSet facts, Assessment assessed) {
        Run run = new Run(facts, assessed);
        return run.answer();
    }

    /** One computation: the searches for one fact set, their shared deadline and their tally. */
    private final class Run {
        private final FactSet facts;
        private final EditSpace space;
        private final Status[] base;
        private final long deadline = System.nanoTime() + bounds.timeBudget().toNanos();
        private int variations;
        private String stoppedBy;

        Run(FactSet facts, Assessment assessed) {
            this.facts = facts;
            this.space = new EditSpace(facts, evaluator.ruleSet().catalog(), evaluator.weakness(facts), evaluator.fieldChoices());
            this.base = new Status[criteria.size()];
            for (CriterionResult result : assessed.criteria()) {
                base[index(result.criterion().id())] = result.status();
            }
        }

        Counterfactual answer() {
            List<int[]> groups = groups();
            List<EditSearch.Result> results = new ArrayList<>();
            List<CriterionEdits> alone = new ArrayList<>();
            for (int[] group : groups) {
                EditSearch.Result result = search(group);
                results.add(result);
                for (int c : group) {
                    if (base[c] != Status.MET) {
                        EditSearch.Result own = group.length == 1 ? result : search(new int[] {c});
                        alone.add(criterionEdits(c, own));
                    }
                }
            }
            alone.sort((a, b) -> Integer.compare(index(a.criterion()), index(b.criterion())));
            Choice choice = choose(groups, results);
            Status[] after = statuses(Variant.union(choice.variants(), space));
            if (choice.found() && StatusEvaluator.verdict(after, criteria) != Verdict.GO) {
                int[] all = blocking();
                EditSearch.Result joint = search(all);
                choice = choose(List.of(all), List.of(joint));
                after = statuses(Variant.union(choice.variants(), space));
            }
            List<EditGroup> editGroups = new ArrayList<>();
            for (int g = 0; g < choice.groups().size(); g++) {
                Variant variant = choice.variants().get(g);
                if (variant.size() > 0) {
                    int[] group = choice.groups().get(g);
                    editGroups.add(new EditGroup(choice.found() ? notMet(group) : fixed(group, variant), edits(variant)));
                }
            }
            List<String> still = new ArrayList<>();
            for (int c : blocking()) {
                if (after[c] != Status.MET) {
                    still.add(criteria.get(c).id());
                }
            }
            SearchRecord record = new SearchRecord(bounds.maxEdits(), bounds.maxVariations(), bounds.timeBudget().toMillis(),
                    variations, stoppedBy == null, stoppedBy);
            return new Counterfactual(still.isEmpty(), editGroups, still, alone, record);
        }

        private EditSearch.Result search(int[] goal) {
            EditSearch.Result result = new EditSearch(space, evaluator, goal, bounds.maxEdits(), bounds.maxVariations(), deadline).run();
            variations += result.variations();
            if (stoppedBy == null && !result.complete()) {
                stoppedBy = result.stoppedBy();
            }
            return result;
        }

        /** The blocking criteria, grouped where their rules read a fact type in common; in criterion order. */
        private List<int[]> groups() {
            int[] all = blocking();
            int[] parent = new int[all.length];
            List<Set<String>> types = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                parent[i] = i;
                types.add(evaluator.typesRead(all[i]));
            }
            for (int i = 0; i < all.length; i++) {
                for (int j = i + 1; j < all.length; j++) {
                    if (types.get(i).stream().anyMatch(types.get(j)::contains)) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
            List<int[]> groups = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                if (root(parent, i) != i) {
                    continue;
                }
                List<Integer> members = new ArrayList<>();
                for (int j = 0; j < all.length; j++) {
                    if (root(parent, j) == i) {
                        members.add(all[j]);
                    }
                }
                if (members.stream().anyMatch(c -> base[c] != Status.MET)) {
                    groups.add(members.stream().mapToInt(Integer::intValue).toArray());
                }
            }
            return groups;
        }

        private int root(int[] parent, int i) {
            while (parent[i] != i) {
                i = parent[i];
            }
            return i;
        }

        private int[] blocking() {
            List<Integer> all = new ArrayList<>();
            for (int c = 0; c < criteria.size(); c++) {
                if (criteria.get(c).blocking()) {
                    all.add(c);
                }
            }
            return all.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The chosen variation per group: the answer when every group has one within the edit bound, else the closest. */
        private Choice choose(List<int[]> groups, List<EditSearch.Result> results) {
            List<Variant> best = new ArrayList<>();
            int total = 0;
            boolean found = true;
            for (EditSearch.Result result : results) {
                found &= result.best() != null;
                total += result.best() == null ? 0 : result.best().size();
                best.add(result.best());
            }
            if (found && total <= bounds.maxEdits()) {
                return new Choice(groups, best, true);
            }
            return new Choice(groups, closest(groups, results), false);
        }

        /**
         * The combination of the groups' partial answers that leaves the fewest blocking criteria not
         * MET within the edit bound, then uses the fewest edits; earlier groups first on a tie.
         */
        private List<Variant> closest(List<int[]> groups, List<EditSearch.Result> results) {
            List<List<Option>> options = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                int alreadyMet = 0;
                for (int c : groups.get(g)) {
                    alreadyMet += base[c] == Status.MET ? 1 : 0;
                }
                List<Option> own = new ArrayList<>();
                own.add(new Option(Variant.none(), 0));
                for (Map.Entry<Integer, Variant> e : results.get(g).cheapestByMet().entrySet()) {
                    if (e.getKey() > alreadyMet && e.getValue().size() <= bounds.maxEdits()) {
                        own.add(new Option(e.getValue(), e.getKey() - alreadyMet));
                    }
                }
                options.add(own);
            }
            int[] picks = bestPicks(options);
            List<Variant> chosen = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                chosen.add(options.get(g).get(picks[g]).variant());
            }
            return chosen;
        }

        /**
         * One option per group: the most criteria made MET within the edit bound, then the fewest edits;
         * on a tie, the first combination in the order the groups and their options are listed. A
         * knapsack over the edit bound (groups × options × bound), not an enumeration of the
         * combinations, which grows exponentially with the groups.
         */
        private int[] bestPicks(List<List<Option>> options) {
            int n = options.size();
            int bound = bounds.maxEdits();
            // best[g][b]: the best (gain, edits) groups g… can reach with at most b edits; none is (0, 0).
            long[][] best = new long[n + 1][bound + 1];
            Arrays.fill(best[n], score(0, 0));
            for (int g = n - 1; g >= 0; g--) {
                for (int b = 0; b <= bound; b++) {
                    long top = Long.MIN_VALUE;
                    for (Option option : options.get(g)) {
                        int cost = option.variant().size();
                        if (cost <= b) {
                            top = Math.max(top, plus(option, best[g + 1][b - cost]));
                        }
                    }
                    best[g][b] = top;
                }
            }
            int[] picks = new int[n];
            int budget = bound;
            for (int g = 0; g < n; g++) {
                for (int o = 0; o < options.get(g).size(); o++) {
                    Option option = options.get(g).get(o);
                    int cost = option.variant().size();
                    if (cost <= budget && plus(option, best[g + 1][budget - cost]) == best[g][budget]) {
                        picks[g] = o;
                        budget -= cost;
                        break;
                    }
                }
            }
            return picks;
        }

        /** {@code rest} with {@code option} added. */
        private static long plus(Option option, long rest) {
            return score((int) (rest >>> 32) + option.gain(), (int) (LOW - (rest & LOW)) + option.variant().size());
        }

        /** (gain, edits) as one number that is larger for more gain, then for fewer edits. */
        private static long score(int gain, int edits) {
            return ((long) gain << 32) | (LOW - edits);
        }

        private Status[] statuses(Variant variant) {
            EditSpace.Applied applied = space.apply(variant, allTypes);
            return evaluator.evaluate(applied.facts(), applied.weak(), facts).statuses();
        }

        /** The criteria of a group not MET before the edits; a group's answer makes them all MET. */
        private List<String> notMet(int[] group) {
            List<String> ids = new ArrayList<>();
            for (int c : group) {
                if (base[c] != Status.MET) {
                    ids.add(criteria.get(c).id());
                }
            }
            return ids;
        }

        /** The criteria of a group not MET before, and MET with the group's edits. */
        private List<String> fixed(int[] group, Variant variant) {
            Status[] after = statuses(variant);
            List<String> fixed = new ArrayList<>();
            for (int c : group) {
                if (base[c] != Status.MET && after[c] == Status.MET) {
                    fixed.add(criteria.get(c).id());
                }
            }
            return fixed;
        }

        private CriterionEdits criterionEdits(int c, EditSearch.Result result) {
            String id = criteria.get(c).id();
            if (result.best() != null) {
                return new CriterionEdits(id, true, edits(result.best()), null);
            }
            return new CriterionEdits(id, false, List.of(), whyNone(c, result));
        }

        private String whyNone(int c, EditSearch.Result result) {
            List<RuleDefinition> met = new ArrayList<>();
            for (int r = 0; r < evaluator.rules().size(); r++) {
                if (evaluator.criterionOf(r) == c && evaluator.rules().get(r).info().conclusion() == Conclusion.MET) {
                    met.add(evaluator.rules().get(r));
                }
            }
            if (met.isEmpty()) {
                return "no rule concludes that it is MET";
            }
            for (RuleDefinition rule : met) {
                for (String type : rule.reads().types()) {
                    if (space.factsOf(type).isEmpty()) {
                        FactTypeInfo info = space.catalog().type(type).orElseThrow();
                        return "it needs a " + type + " fact, which edits cannot add: it is named by "
                                + String.join(", ", info.keyFields()) + ", which only the fact set's author can give";
                    }
                }
            }
            if (result.complete()) {
                return "no set of at most " + bounds.maxEdits() + " edits within the declared values makes it MET";
            }
            return "the search stopped (" + ("time".equals(result.stoppedBy()) ? "time budget" : "variation bound")
                    + " reached) before finding edits that make it MET";
        }

        private int index(String criterion) {
            for (int c = 0; c < criteria.size(); c++) {
                if (criteria.get(c).id().equals(criterion)) {
                    return c;
                }
            }
            return -1;
        }

        /** The model's edits for a variation, each with the {@code --set} override that replays it. */
        private List<FactEdit> edits(Variant variant) {
            List<FactEdit> out = new ArrayList<>();
            Set<Integer> setFacts = new LinkedHashSet<>();
            for (int e : variant.edits()) {
                if (space.edit(e).kind() == FactEdit.Kind.SET) {
                    setFacts.add(space.edit(e).fact());
                }
            }
            for (int e : variant.edits()) {
                EditSpace.Edit edit = space.edit(e);
                Fact fact = space.fact(edit.fact());
                switch (edit.kind()) {
                    case SET -> {
                        EditSpace.Slot slot = space.slot(edit.slot());
                        Object to = slot.values().get(edit.value());
                        String field = slot.field().name();
                        out.add(new FactEdit(FactEdit.Kind.SET, fact.id(), fact.type(), field, fact.fields().get(field), to,
                                fact.id() + "." + field + "=" + to));
                    }
                    case ADD -> out.add(new FactEdit(FactEdit.Kind.ADD, fact.id(), fact.type(), null, null, null,
                            setFacts.contains(edit.fact()) ? null : fact.id() + "." + firstField(fact) + "="));
                    case CONFIRM -> out.add(new FactEdit(FactEdit.Kind.CONFIRM, fact.id(), fact.type(), null, null, null,
                            confirmation(fact)));
                }
            }
            return out;
        }

        /**
         * An override that confirms a fact as stated: setting a field to the value it has (or an unknown
         * field to unknown) changes nothing but makes the fact rest on the what-if source.
         */
        private String confirmation(Fact fact) {
            for (Map.Entry<String, Object> field : fact.fields().entrySet()) {
                if (!space.catalog().type(fact.type()).orElseThrow().fields().get(field.getKey()).key()) {
                    return fact.id() + "." + field.getKey() + "=" + field.getValue();
                }
            }
            return fact.id() + "." + firstField(fact) + "=";
        }

        private String firstField(Fact fact) {
            return space.catalog().type(fact.type()).orElseThrow().fields().values().stream()
                    .filter(f -> !f.key()).map(f -> f.name()).findFirst().orElse("");
        }
    }

    private record Option(Variant variant, int gain) {
    }

    private record Choice(List<int[]> groups, List<Variant> variants, boolean found) {
    }
}
