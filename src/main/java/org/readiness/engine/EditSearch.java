package org.readiness.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.readiness.model.Conclusion;
import org.readiness.model.FactEdit;
import org.readiness.model.Status;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.FieldReads;

/**
 * Finds the cheapest edit set (see {@link Variant} for the order) that makes every goal criterion MET.
 *
 * <p>Uniform-cost search: variations are evaluated cheapest first, so the first that meets the goal is
 * the answer. Each variation is expanded only by edits that could remove one reason it falls short,
 * chosen as the reason with the fewest such edits (every goal state must contain one of them, so no
 * answer is lost):
 * <ul>
 *   <li>a NOT_MET rule that fired: an edit to a field it reads, of the facts it matched (of all facts of
 *       the types it reads, or an added one, when the rule has {@code not}, {@code exists},
 *       {@code accumulate} and the like);</li>
 *   <li>a criterion still UNKNOWN: an edit to a field its MET rules read, an added fact of a type they
 *       read, or for a weak fact, confirming it or any edit of it (an edited fact is an assumption, which
 *       counts as good evidence).</li>
 * </ul>
 * The search stops at the first answer, when no variation within {@code maxEdits} is left (then none
 * exists), or when a bound on work or time is reached.
 */
final class EditSearch {

    /**
     * @param best          the cheapest variation meeting the goal, or null
     * @param cheapestByMet for each number of goal criteria MET, the cheapest variation evaluated that got
     *                      there: the material of the closest answer when there is none
     * @param stoppedBy     "variations" or "time" when a bound cut the search short; null otherwise
     */
    record Result(Variant best, Map<Integer, Variant> cheapestByMet, int variations, String stoppedBy) {

        boolean complete() {
            return stoppedBy == null;
        }
    }

    private final EditSpace space;
    private final StatusEvaluator evaluator;
    private final int[] goal;
    /** The fact types the goal criteria's rules read: the only facts their statuses depend on. */
    private final Set<String> types;
    /** For each type, the fields any goal criterion's rule reads. */
    private final Map<String, Set<String>> read = new HashMap<>();
    private final int maxEdits;
    private final int maxVariations;
    private final long deadline;

    EditSearch(EditSpace space, StatusEvaluator evaluator, int[] goal, int maxEdits, int maxVariations, long deadline) {
        this.space = space;
        this.evaluator = evaluator;
        this.goal = goal.clone();
        this.maxEdits = maxEdits;
        this.maxVariations = maxVariations;
        this.deadline = deadline;
        this.types = new LinkedHashSet<>();
        for (int r = 0; r < evaluator.rules().size(); r++) {
            if (inGoal(evaluator.criterionOf(r))) {
                FieldReads reads = evaluator.rules().get(r).reads();
                types.addAll(reads.types());
                reads.fields().forEach((type, fields) -> read.computeIfAbsent(type, t -> new HashSet<>()).addAll(fields));
            }
        }
    }

    Result run() {
        PriorityQueue<Variant> queue = new PriorityQueue<>();
        Set<Variant> seen = new HashSet<>();
        Map<Integer, Variant> cheapestByMet = new TreeMap<>();
        Variant start = Variant.none();
        queue.add(start);
        seen.add(start);
        int variations = 0;
        while (!queue.isEmpty()) {
            if (variations >= maxVariations) {
                return new Result(null, cheapestByMet, variations, "variations");
            }
            if (System.nanoTime() - deadline > 0) {
                return new Result(null, cheapestByMet, variations, "time");
            }
            Variant variant = queue.poll();
            EditSpace.Applied applied = space.apply(variant, types);
            StatusEvaluator.Outcome outcome = evaluator.evaluate(applied.facts(), applied.weak(), space.base());
            variations++;
            int met = 0;
            for (int c : goal) {
                met += outcome.status(c) == Status.MET ? 1 : 0;
            }
            cheapestByMet.putIfAbsent(met, variant);
            int[] branches = branches(variant, outcome, applied.origin());
            if (branches == null) {
                return new Result(variant, cheapestByMet, variations, null);
            }
            if (variant.size() >= maxEdits) {
                continue;
            }
            for (int edit : branches) {
                Variant next = variant.with(edit, space);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return new Result(null, cheapestByMet, variations, null);
    }

    /**
     * The edits that could remove the reason with the fewest of them; null when there is no reason left
     * (the goal is met), empty when some reason cannot be removed at all.
     */
    private int[] branches(Variant variant, StatusEvaluator.Outcome outcome, int[] origin) {
        int[] fewest = null;
        for (int c : goal) {
            Status status = outcome.status(c);
            if (status == Status.MET) {
                continue;
            }
            List<int[]> reasons = new ArrayList<>();
            if (status == Status.NOT_MET) {
                for (StatusEvaluator.Hit hit : outcome.hits()) {
                    RuleDefinition rule = evaluator.rules().get(hit.rule());
                    if (evaluator.criterionOf(hit.rule()) == c && rule.info().conclusion() == Conclusion.NOT_MET) {
                        reasons.add(againstRule(variant, rule.reads(), hit.facts(), origin));
                    }
                }
            } else {
                reasons.add(toMakeMet(variant, c));
            }
            for (int[] reason : reasons) {
                if (fewest == null || reason.length < fewest.length) {
                    fewest = reason;
                }
            }
        }
        if (fewest == null) {
            fewest = missingRequired(variant);
        }
        return fewest;
    }

    /** Edits that could stop a NOT_MET rule's firing. */
    private int[] againstRule(Variant variant, FieldReads reads, int[] matched, int[] origin) {
        BitSet out = new BitSet();
        if (reads.positive()) {
            for (int position : matched) {
                int fact = origin[position];
                setsOn(variant, fact, reads.fieldsOf(space.fact(fact).type()), out);
            }
        } else {
            for (String type : reads.types()) {
                for (int fact : space.factsOf(type)) {
                    if (space.virtual(fact) && !added(variant, fact)) {
                        allow(variant, space.addOf(fact), out);
                    } else {
                        setsOn(variant, fact, reads.fieldsOf(type), out);
                    }
                }
            }
        }
        return out.stream().toArray();
    }

    /** Edits that could make a MET rule of criterion {@code c} fire on good evidence. */
    private int[] toMakeMet(Variant variant, int c) {
        BitSet out = new BitSet();
        for (int r = 0; r < evaluator.rules().size(); r++) {
            RuleDefinition rule = evaluator.rules().get(r);
            if (evaluator.criterionOf(r) != c || rule.info().conclusion() != Conclusion.MET) {
                continue;
            }
            for (String type : rule.reads().types()) {
                for (int fact : space.factsOf(type)) {
                    if (space.virtual(fact) && !added(variant, fact)) {
                        allow(variant, space.addOf(fact), out);
                    } else if (space.weak(fact) && !touched(variant, fact)) {
                        // any edit strengthens a weak fact; one to a field no goal rule reads does only that,
                        // which confirming does as well at no distance, so only fields read are offered
                        allow(variant, space.confirmOf(fact), out);
                        setsOn(variant, fact, read.getOrDefault(type, Set.of()), out);
                    } else {
                        setsOn(variant, fact, rule.reads().fieldsOf(type), out);
                    }
                }
            }
        }
        return out.stream().toArray();
    }

    /** An added fact must have its required fields: until it does, setting them is the reason left. */
    private int[] missingRequired(Variant variant) {
        for (int e : variant.edits()) {
            EditSpace.Edit edit = space.edit(e);
            if (edit.kind() != FactEdit.Kind.ADD) {
                continue;
            }
            for (int slot : space.slotsOf(edit.fact())) {
                FieldInfo field = space.slot(slot).field();
                if (field.required() && !hasSlot(variant, slot)) {
                    BitSet out = new BitSet();
                    for (int set : space.editsOf(slot)) {
                        allow(variant, set, out);
                    }
                    return out.stream().toArray();
                }
            }
        }
        return null;
    }

    /** The SET edits of a fact's slots whose field is in {@code fields}. */
    private void setsOn(Variant variant, int fact, Set<String> fields, BitSet out) {
        for (int slot : space.slotsOf(fact)) {
            if (fields.contains(space.slot(slot).field().name())) {
                for (int set : space.editsOf(slot)) {
                    allow(variant, set, out);
                }
            }
        }
    }

    private void allow(Variant variant, int edit, BitSet out) {
        if (edit < 0 || variant.contains(edit)) {
            return;
        }
        EditSpace.Edit e = space.edit(edit);
        boolean allowed = switch (e.kind()) {
            case SET -> !hasSlot(variant, e.slot()) && !variant.contains(space.confirmOf(e.fact()))
                    && (!space.virtual(e.fact()) || added(variant, e.fact()));
            case CONFIRM -> !touched(variant, e.fact());
            case ADD -> true;
        };
        if (allowed) {
            out.set(edit);
        }
    }

    private boolean added(Variant variant, int fact) {
        return variant.contains(space.addOf(fact));
    }

    private boolean touched(Variant variant, int fact) {
        for (int e : variant.edits()) {
            if (space.edit(e).fact() == fact) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSlot(Variant variant, int slot) {
        for (int e : variant.edits()) {
            if (space.edit(e).slot() == slot) {
                return true;
            }
        }
        return false;
    }

    private boolean inGoal(int criterion) {
        for (int c : goal) {
            if (c == criterion) {
                return true;
            }
        }
        return false;
    }
}
