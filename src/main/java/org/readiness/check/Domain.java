package org.readiness.check;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldReads;
import org.readiness.rules.FieldKind;
import org.readiness.rules.RuleDefinition;

/**
 * The fact sets the analysis of one criterion draws from: the fact types its rules read, and for each
 * field they read the values worth trying. An enum or Boolean field takes every declared value; a text,
 * number or date field, which has no declared values, takes the values the rules compare it with,
 * values on either side of them, and (for fields compared with another fact's field) a few shared
 * labels, so that facts can match and not match. Every field a fact may leave out may also be unknown.
 */
final class Domain {

    /** A field a fact may leave out: unknown, not false or zero. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "unknown";
        }
    };
    /** Fact types without key fields describe one thing each (the ceasefire, the mandate). */
    static final int KEYLESS_FACTS = 1;
    /** Facts of a keyed type tried together, unless a rule counts them against a larger number. */
    static final int KEYED_FACTS = 2;
    static final int MAX_FACTS = 5;
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    /**
     * One field and the values tried for it.
     *
     * @param varied false for a field the rules do not read but a fact must state (a key, a required field)
     * @param bounded true when the values are all the field can take (enum, Boolean); false when they are a sample
     */
    record FieldDomain(FieldInfo field, List<Object> values, boolean varied, boolean bounded) {
        FieldDomain {
            values = List.copyOf(values);
        }
    }

    /**
     * One fact type: its fields' values, and how many facts of it are tried together.
     *
     * @param autoKey    a key field the rules do not read, or only compare with other facts' fields: each fact
     *                   gets its own value, so that facts stay distinct
     * @param autoLabels the key's values are the labels other facts' fields are tried with ({@code x1}, {@code x2}),
     *                   so that they can match
     */
    record TypeDomain(FactTypeInfo type, List<FieldDomain> fields, int maxFacts, String autoKey, boolean autoLabels) {
        TypeDomain {
            fields = List.copyOf(fields);
        }

        /** The number of distinct facts of this type: the product of its varied fields' values. */
        long instances() {
            long n = 1;
            for (FieldDomain f : fields) {
                n = Math.multiplyExact(n, f.values().size());
            }
            return n;
        }

        /** The i-th fact of this type, as field values (unknown fields left out); i counts in mixed radix. */
        Map<String, Object> instance(long index) {
            Object[] chosen = new Object[fields.size()];
            long rest = index;
            for (int f = fields.size() - 1; f >= 0; f--) {
                List<Object> values = fields.get(f).values();
                chosen[f] = values.get((int) (rest % values.size()));
                rest /= values.size();
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int f = 0; f < chosen.length; f++) {
                if (chosen[f] != UNKNOWN) {
                    values.put(fields.get(f).field().name(), chosen[f]);
                }
            }
            return values;
        }

        /** The value of the auto key of the n-th fact of this type (from 1). */
        String autoValue(int n) {
            return autoLabels ? "x" + n : autoKey + "-" + n;
        }
    }

    private final String criterion;
    private final List<TypeDomain> types;
    private final List<String> notes;

    private Domain(String criterion, List<TypeDomain> types, List<String> notes) {
        this.criterion = criterion;
        this.types = List.copyOf(types);
        this.notes = List.copyOf(notes);
    }

    String criterion() {
        return criterion;
    }

    List<TypeDomain> types() {
        return types;
    }

    /** What the analysis could not vary, and how unbounded fields were sampled. */
    List<String> notes() {
        return notes;
    }

    /** How many fact sets there are of {@code counts[i]} facts of type i: a product of multiset counts. */
    BigInteger size(int[] counts) {
        BigInteger total = BigInteger.ONE;
        for (int i = 0; i < types.size(); i++) {
            total = total.multiply(multisets(types.get(i).instances(), counts[i]));
        }
        return total;
    }

    BigInteger size() {
        BigInteger total = BigInteger.ONE;
        for (TypeDomain t : types) {
            BigInteger sum = BigInteger.ZERO;
            for (int k = 0; k <= t.maxFacts(); k++) {
                sum = sum.add(multisets(t.instances(), k));
            }
            total = total.multiply(sum);
        }
        return total;
    }

    /** Choosing k of n with repetition, order ignored: C(n + k - 1, k). */
    static BigInteger multisets(long n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n + i - 1)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    static Domain of(String criterion, List<RuleDefinition> rules, FactCatalog catalog) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Map<String, Set<Object>> literals = new LinkedHashMap<>();
        Set<String> joined = new LinkedHashSet<>();
        Map<String, Long> counted = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (RuleDefinition rule : rules) {
            FieldReads reads = rule.reads();
            reads.fields().forEach((type, f) -> fields.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(f));
            rule.info().factTypes().forEach(type -> fields.computeIfAbsent(type, t -> new LinkedHashSet<>()));
            reads.literals().forEach((key, v) -> literals.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(v));
            joined.addAll(reads.joined());
            reads.counted().forEach((type, n) -> counted.merge(type, n, Math::max));
            reads.opaque().forEach(o -> notes.add("rule \"" + rule.info().name() + "\" uses " + o));
        }
        List<TypeDomain> types = new ArrayList<>();
        int maxFacts = 1;
        Map<FactTypeInfo, Integer> facts = new LinkedHashMap<>();
        for (String name : fields.keySet()) {
            FactTypeInfo type = catalog.type(name).orElse(null);
            if (type == null) {
                continue;
            }
            int n = type.keyFields().isEmpty() ? KEYLESS_FACTS
                    : (int) Math.min(MAX_FACTS, Math.max(KEYED_FACTS, counted.getOrDefault(name, 0L) + 1));
            facts.put(type, n);
            maxFacts = Math.max(maxFacts, n);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= maxFacts + 1; i++) {
            labels.add("x" + i);
        }
        for (Map.Entry<FactTypeInfo, Integer> entry : facts.entrySet()) {
            FactTypeInfo type = entry.getKey();
            Set<String> read = fields.get(type.name());
            List<FieldDomain> domains = new ArrayList<>();
            String autoKey = null;
            boolean autoLabels = false;
            for (FieldInfo field : type.fields().values()) {
                String key = type.name() + "." + field.name();
                boolean onlyJoined = joined.contains(key) && !literals.containsKey(key) && type.keyFields().size() == 1;
                if (field.key() && field.kind() == FieldKind.TEXT && autoKey == null && (!read.contains(field.name()) || onlyJoined)) {
                    // Facts of a type are told apart by their key; when the rules only compare it with other
                    // facts' fields, which fact has which label is all that matters, so each fact gets its own.
                    autoKey = field.name();
                    autoLabels = onlyJoined;
                    if (onlyJoined) {
                        notes.add(key + " is text, compared only with other facts' fields: the facts are labelled "
                                + String.join(", ", labels.subList(0, entry.getValue())));
                    }
                } else if (read.contains(field.name())) {
                    FieldDomain d = varied(field, literals.getOrDefault(key, Set.of()), joined.contains(key), labels, entry.getValue());
                    domains.add(d);
                    if (!d.bounded()) {
                        notes.add(key + " is " + kind(field) + ": tried " + d.values().stream().map(Domain::show).toList()
                                + (literals.containsKey(key) ? ", around the values the rules compare it with" : ""));
                    }
                } else if (field.required()) {
                    domains.add(new FieldDomain(field, List.of(fixed(field)), false, true));
                }
            }
            types.add(new TypeDomain(type, domains, entry.getValue(), autoKey, autoLabels));
        }
        return new Domain(criterion, types, notes);
    }

    private static FieldDomain varied(FieldInfo field, Set<Object> literals, boolean joined, List<String> labels, int facts) {
        List<Object> values = new ArrayList<>();
        boolean bounded = true;
        switch (field.kind()) {
            case CHOICE -> values.addAll(field.allowed());
            case BOOLEAN -> values.addAll(List.of(true, false));
            case TEXT -> {
                bounded = false;
                literals.forEach(l -> values.add(l.toString()));
                int extra = joined ? labels.size() : field.key() ? Math.max(1, facts) : 1;
                labels.stream().limit(extra).forEach(values::add);
            }
            case INTEGER -> {
                bounded = false;
                values.addAll(around(numbers(literals), 1L));
            }
            case DECIMAL -> {
                bounded = false;
                values.addAll(around(numbers(literals), 1.0));
            }
            case DATE -> {
                bounded = false;
                values.add(AS_OF);
            }
            default -> throw new IllegalStateException("unhandled field kind " + field.kind());
        }
        if (!field.required()) {
            values.add(UNKNOWN);
        }
        return new FieldDomain(field, values, true, bounded);
    }

    private static TreeSet<Double> numbers(Set<Object> literals) {
        TreeSet<Double> numbers = new TreeSet<>();
        literals.forEach(l -> {
            if (l instanceof Number n) {
                numbers.add(n.doubleValue());
            }
        });
        return numbers;
    }

    /** The literals, a value between each two, and one below and one above: every side of every comparison. */
    private static List<Object> around(TreeSet<Double> points, Object unit) {
        boolean whole = unit instanceof Long;
        if (points.isEmpty()) {
            return List.of(whole ? (Object) 0L : (Object) 0.0);
        }
        List<Double> values = new ArrayList<>();
        values.add(points.first() - 1);
        Double previous = null;
        for (double p : points) {
            if (previous != null) {
                double mid = whole ? Math.floor((previous + p) / 2) : (previous + p) / 2;
                if (mid > previous && mid < p) {
                    values.add(mid);
                }
            }
            values.add(p);
            previous = p;
        }
        values.add(points.last() + 1);
        return values.stream().map(v -> whole ? (Object) v.longValue() : (Object) v).distinct().toList();
    }

    private static Object fixed(FieldInfo field) {
        return switch (field.kind()) {
            case CHOICE -> field.allowed().get(0);
            case BOOLEAN -> true;
            case TEXT -> "x1";
            case INTEGER -> 0L;
            case DECIMAL -> 0.0;
            case DATE -> AS_OF;
        };
    }

    private static String kind(FieldInfo field) {
        return switch (field.kind()) {
            case TEXT -> "text";
            case INTEGER, DECIMAL -> "a number";
            case DATE -> "a date";
            default -> field.kind().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String show(Object value) {
        return value == UNKNOWN ? "unknown" : value.toString();
    }
}
