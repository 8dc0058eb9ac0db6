package org.readiness.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.readiness.Readiness;
import org.readiness.model.Conclusion;
import org.readiness.model.Credibility;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Finding;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.Reliability;
import org.readiness.model.RuleInfo;
import org.readiness.model.Source;
import org.readiness.rules.RuleDefinition;

/**
 * Checks one criterion's rules against the fact sets of its {@link Domain}, each evaluated by the real
 * engine, and finds:
 *
 * <ul>
 *   <li>a <b>gap</b>: a fact set that is fully described for the criterion (at least one fact of every
 *       type its rules read, each stating every field they read) on which no rule of the criterion
 *       concludes anything, so the criterion stays UNKNOWN although nothing is missing;</li>
 *   <li>a <b>conflict</b>: a fact set on which rules of the criterion conclude both MET and NOT_MET;</li>
 *   <li>a rule that never fires on any of them, when all of them were tried.</li>
 * </ul>
 *
 * Fact sets are tried smallest first, all of them while they fit the budget, then a seeded random sample
 * of the larger ones; each finding comes with the smallest example found, reduced further where it can
 * be, as a fact file.
 */
final class Analysis {

    static final Source EXAMPLE = new Source("example", "An example constructed by readiness check", null, Domain.AS_OF,
            null, Reliability.A, Credibility.CONFIRMED);

    private final Readiness readiness;
    private final Domain domain;
    private final List<RuleDefinition> rules;
    private final int budget;
    private final long seed;

    private long evaluated;
    private long gaps;
    private long conflicts;
    private long fullyDescribed;
    private List<Fact> firstGap;
    private List<Fact> firstConflict;
    private final Set<String> fired = new HashSet<>();

    /** What the criterion's rules concluded on one fact set. */
    private record Outcome(boolean met, boolean notMet, List<String> fired) {
    }

    /** The summary and the findings of one criterion's analysis. */
    record Result(CriterionAnalysis summary, List<Diagnostic> findings) {
    }

    Analysis(Readiness readiness, Domain domain, List<RuleDefinition> rules, int budget, long seed) {
        this.readiness = readiness;
        this.domain = domain;
        this.rules = rules;
        this.budget = budget;
        this.seed = seed;
    }

    Result run() {
        List<int[]> shapes = shapes();
        int next = 0;
        int exhaustiveUpTo = -1;
        try {
            while (next < shapes.size()) {
                int[] shape = shapes.get(next);
                if (domain.size(shape).compareTo(BigInteger.valueOf(budget - evaluated)) > 0) {
                    break;
                }
                enumerate(shape, 0, new long[domain.types().size()][]);
                exhaustiveUpTo = total(shape);
                next++;
            }
            boolean exhaustive = next == shapes.size();
            if (!exhaustive) {
                if (next < shapes.size() && exhaustiveUpTo == total(shapes.get(next))) {
                    exhaustiveUpTo--;
                }
                sample(shapes.subList(next, shapes.size()));
            }
            return result(exhaustive, exhaustiveUpTo);
        } catch (ProblemException e) {
            List<Diagnostic> findings = e.problems().stream().map(Diagnostic::error).toList();
            return new Result(summary(false, exhaustiveUpTo), findings);
        }
    }

    /** Every combination of how many facts of each type, fewest facts first. */
    private List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>();
        int n = domain.types().size();
        int[] counts = new int[n];
        while (true) {
            shapes.add(counts.clone());
            int i = n - 1;
            while (i >= 0 && counts[i] == domain.types().get(i).maxFacts()) {
                counts[i] = 0;
                i--;
            }
            if (i < 0) {
                break;
            }
            counts[i]++;
        }
        shapes.sort(Comparator.comparingInt(Analysis::total));
        return shapes;
    }

    private static int total(int[] shape) {
        return Arrays.stream(shape).sum();
    }

    /** Every multiset of facts of the shape: for each type in turn, non-decreasing picks of its instances. */
    private void enumerate(int[] shape, int type, long[][] picks) {
        if (type == shape.length) {
            visit(picks);
            return;
        }
        long[] chosen = new long[shape[type]];
        picks[type] = chosen;
        multisets(shape, type, picks, chosen, 0, 0);
    }

    private void multisets(int[] shape, int type, long[][] picks, long[] chosen, int position, long from) {
        if (position == chosen.length) {
            enumerate(shape, type + 1, picks);
            return;
        }
        long instances = domain.types().get(type).instances();
        for (long i = from; i < instances; i++) {
            chosen[position] = i;
            multisets(shape, type, picks, chosen, position + 1, i);
        }
    }

    /** A seeded random sample of the larger fact sets, each tried once, until the budget is spent. */
    private void sample(List<int[]> shapes) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        long attempts = 0;
        while (evaluated < budget && attempts < 4L * budget && !shapes.isEmpty()) {
            attempts++;
            int[] shape = shapes.get(random.nextInt(shapes.size()));
            long[][] picks = new long[shape.length][];
            for (int t = 0; t < shape.length; t++) {
                long instances = domain.types().get(t).instances();
                picks[t] = new long[shape[t]];
                for (int j = 0; j < shape[t]; j++) {
                    picks[t][j] = Math.floorMod(random.nextLong(), instances);
                }
                Arrays.sort(picks[t]);
            }
            if (seen.add(Arrays.deepToString(picks))) {
                visit(picks);
            }
        }
    }

    private void visit(long[][] picks) {
        List<Fact> facts = facts(picks);
        if (facts == null) {
            return;
        }
        evaluated++;
        Outcome outcome = evaluate(facts);
        fired.addAll(outcome.fired());
        boolean full = fullyDescribed(facts);
        if (full) {
            fullyDescribed++;
        }
        if (full && outcome.fired().isEmpty()) {
            gaps++;
            if (firstGap == null) {
                firstGap = facts;
            }
        }
        if (outcome.met() && outcome.notMet()) {
            conflicts++;
            if (firstConflict == null) {
                firstConflict = facts;
            }
        }
    }

    /** The facts the picks stand for; null when two facts of a type would have the same key (one fact stated twice). */
    private List<Fact> facts(long[][] picks) {
        List<Fact> facts = new ArrayList<>();
        for (int t = 0; t < picks.length; t++) {
            Domain.TypeDomain type = domain.types().get(t);
            Set<String> ids = new HashSet<>();
            for (int j = 0; j < picks[t].length; j++) {
                Map<String, Object> fields = new LinkedHashMap<>();
                if (type.autoKey() != null) {
                    fields.put(type.autoKey(), type.autoValue(j + 1));
                }
                fields.putAll(type.instance(picks[t][j]));
                Fact fact = fact(type, fields);
                if (!ids.add(fact.id())) {
                    return null;
                }
                facts.add(fact);
            }
        }
        return facts;
    }

    private static Fact fact(Domain.TypeDomain type, Map<String, Object> fields) {
        List<String> keys = type.type().keyFields();
        String id = keys.isEmpty() ? type.type().name()
                : type.type().name() + "[" + keys.stream().map(k -> k + "=" + fields.get(k)).collect(Collectors.joining(",")) + "]";
        return new Fact(id, type.type().name(), fields, List.of(EXAMPLE.id()), null, null, Location.of("readiness check"));
    }

    static FactSet factSet(String scenario, List<Fact> facts) {
        return new FactSet(scenario, null, Domain.AS_OF, List.of(EXAMPLE), facts, "readiness check", "", List.of(), List.of());
    }

    private Outcome evaluate(List<Fact> facts) {
        CriterionResult result = readiness.evaluate(factSet("readiness check", facts)).criteria().stream()
                .filter(c -> c.id().equals(domain.criterion())).findFirst().orElseThrow();
        boolean met = false;
        boolean notMet = false;
        List<String> names = new ArrayList<>();
        for (Finding f : result.findings()) {
            met |= f.conclusion() == Conclusion.MET;
            notMet |= f.conclusion() == Conclusion.NOT_MET;
            names.add(f.rule().name());
        }
        return new Outcome(met, notMet, names);
    }

    /** At least one fact of every type the rules read, and every fact states every field they read. */
    private boolean fullyDescribed(List<Fact> facts) {
        for (Domain.TypeDomain type : domain.types()) {
            List<Fact> ofType = facts.stream().filter(f -> f.type().equals(type.type().name())).toList();
            if (ofType.isEmpty()) {
                return false;
            }
            for (Domain.FieldDomain field : type.fields()) {
                if (field.varied() && ofType.stream().anyMatch(f -> !f.fields().containsKey(field.field().name()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private Result result(boolean exhaustive, int exhaustiveUpTo) {
        List<Diagnostic> findings = new ArrayList<>();
        String criterion = domain.criterion();
        if (firstGap != null) {
            List<Fact> example = reduceGap(firstGap);
            Location at = rules.get(0).info().location();
            String message = "criterion '" + criterion + "': no rule concludes anything on " + count(gaps) + " of the "
                    + count(fullyDescribed) + " fully described fact sets tried, e.g. " + describe(example);
            findings.add(Diagnostic.finding(new Problem(ProblemCode.GAP, at, null, message,
                    "add a rule that concludes MET or NOT_MET for such facts, or explain the gap with @gap(\"…\") on one of the criterion's rules"),
                    ExampleFile.yaml("a gap in '" + criterion + "': every field its rules read is stated, yet no rule concludes",
                            factSet("readiness check: a gap in " + criterion, example)), explanation(RuleDefinition.GAP)));
        }
        if (firstConflict != null) {
            List<Fact> example = reduceConflict(firstConflict);
            List<String> names = evaluate(example).fired();
            List<RuleInfo> involved = rules.stream().map(RuleDefinition::info).filter(r -> names.contains(r.name())).toList();
            String met = involved.stream().filter(r -> r.conclusion() == Conclusion.MET).map(r -> "\"" + r.name() + "\"").collect(Collectors.joining(", "));
            String notMet = involved.stream().filter(r -> r.conclusion() == Conclusion.NOT_MET).map(r -> "\"" + r.name() + "\"").collect(Collectors.joining(", "));
            Location at = involved.stream().filter(r -> r.conclusion() == Conclusion.MET).findFirst().orElse(involved.get(0)).location();
            String message = "criterion '" + criterion + "': rules conclude both MET (" + met + ") and NOT_MET (" + notMet + ") on "
                    + count(conflicts) + " of the " + count(evaluated) + " fact sets tried, e.g. " + describe(example);
            findings.add(Diagnostic.finding(new Problem(ProblemCode.CONFLICT, at, null, message,
                    "narrow the MET rule so that it excludes what the NOT_MET rule matches, or explain it with @conflict(\"…\")"),
                    ExampleFile.yaml("a conflict in '" + criterion + "': rules conclude both MET and NOT_MET",
                            factSet("readiness check: a conflict in " + criterion, example)), explanation(RuleDefinition.CONFLICT)));
        }
        boolean opaque = !domain.notes().stream().filter(n -> n.startsWith("rule ")).toList().isEmpty();
        if (exhaustive && !opaque) {
            for (RuleDefinition rule : rules) {
                if (!fired.contains(rule.info().name())) {
                    findings.add(Diagnostic.warning(new Problem(ProblemCode.RULE_NEVER_FIRES, rule.info().location(), null,
                            "rule \"" + rule.info().name() + "\" fires on none of the " + count(evaluated)
                                    + " fact sets that can be made from the declared values of the fields it reads",
                            "its conditions contradict each other or the declarations: fix or remove it")));
                }
            }
        }
        return new Result(summary(exhaustive, exhaustiveUpTo), findings);
    }

    /** What a rule of the criterion says to explain findings of this kind, joined; null when none does. */
    private String explanation(String kind) {
        List<String> why = rules.stream().map(r -> r.explanations().get(kind)).filter(java.util.Objects::nonNull).toList();
        return why.isEmpty() ? null : String.join(" ", why);
    }

    private CriterionAnalysis summary(boolean exhaustive, int exhaustiveUpTo) {
        List<CriterionAnalysis.Read> reads = new ArrayList<>();
        for (Domain.TypeDomain type : domain.types()) {
            for (Domain.FieldDomain field : type.fields()) {
                if (field.varied()) {
                    reads.add(new CriterionAnalysis.Read(type.type().name(), field.field().name(),
                            field.values().stream().map(Domain::show).toList(), field.bounded()));
                }
            }
        }
        Map<String, Integer> maxFacts = new LinkedHashMap<>();
        domain.types().forEach(t -> maxFacts.put(t.type().name(), t.maxFacts()));
        return new CriterionAnalysis(domain.criterion(), reads, maxFacts, evaluated, domain.size(), exhaustive,
                exhaustive ? -1 : exhaustiveUpTo, exhaustive ? null : seed, gaps, conflicts, domain.notes());
    }

    /** Leaves out facts while the gap remains and every type the rules read is still stated. */
    private List<Fact> reduceGap(List<Fact> facts) {
        List<Fact> current = new ArrayList<>(facts);
        for (int i = current.size() - 1; i >= 0; i--) {
            List<Fact> fewer = new ArrayList<>(current);
            fewer.remove(i);
            if (fullyDescribed(fewer) && evaluate(fewer).fired().isEmpty()) {
                current = fewer;
            }
        }
        return current;
    }

    /** Leaves out facts, then fields a fact may leave out, while the conflict remains. */
    private List<Fact> reduceConflict(List<Fact> facts) {
        List<Fact> current = new ArrayList<>(facts);
        for (int i = current.size() - 1; i >= 0; i--) {
            List<Fact> fewer = new ArrayList<>(current);
            fewer.remove(i);
            if (conflict(fewer)) {
                current = fewer;
            }
        }
        for (int i = 0; i < current.size(); i++) {
            Fact fact = current.get(i);
            Domain.TypeDomain type = domain.types().stream().filter(t -> t.type().name().equals(fact.type())).findFirst().orElseThrow();
            for (Domain.FieldDomain field : type.fields()) {
                String name = field.field().name();
                if (field.field().required() || !current.get(i).fields().containsKey(name)) {
                    continue;
                }
                Map<String, Object> fields = new LinkedHashMap<>(current.get(i).fields());
                fields.remove(name);
                List<Fact> less = new ArrayList<>(current);
                less.set(i, new Fact(fact.id(), fact.type(), fields, fact.sources(), null, null, fact.location()));
                if (conflict(less)) {
                    current = less;
                }
            }
        }
        return current;
    }

    private boolean conflict(List<Fact> facts) {
        Outcome outcome = evaluate(facts);
        return outcome.met() && outcome.notMet();
    }

    static String describe(List<Fact> facts) {
        if (facts.isEmpty()) {
            return "no facts at all";
        }
        return facts.stream().map(f -> f.type() + "{" + f.fields().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + "}")
                .collect(Collectors.joining(", "));
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
