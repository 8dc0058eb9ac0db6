package org.readiness.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out what a rule reads ({@link RuleReads}) from its conditions and the declared fact types.
 * Conservative where it must be: a field named anywhere counts as read, and an enum field used other
 * than by membership in constants is opaque (every value may behave differently).
 */
final class ReadAnalysis {

    /** {@code Backing.COMMITTED}: an enum constant, by its type's simple name. */
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Za-z0-9_$]*)\\.([A-Z][A-Z0-9_]*)\\b");
    /** What a membership test ({@code ==}, {@code !=}, {@code in}, {@code not in}) against constants never contains. */
    /** A constraint's comparisons, each tested on its own: {@code a == X || a != Y} is two tests. */
    private static final Pattern ATOMS = Pattern.compile("&&|\\|\\|");
    private static final Pattern NOT_MEMBERSHIP = Pattern.compile("[<>$(]|\\bordinal\\b|\\bcompareTo\\b|\\bname\\b"
            + "|\\btoString\\b|\\bmatches\\b|\\bsoundslike\\b|\\bmemberOf\\b|\\bcontains\\b|\\bstr\\b");

    private ReadAnalysis() {
    }

    static RuleReads of(Conditions conditions, List<String> types, FactCatalog catalog) {
        Set<String> names = conditions.identifiers();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (String type : types) {
            fields.put(type, Conditions.fieldsNamed(catalog.type(type).orElseThrow(), names));
        }
        Map<String, List<Set<String>>> sets = new LinkedHashMap<>();
        Set<String> opaque = new LinkedHashSet<>();
        for (Conditions.Expression e : conditions.expressions()) {
            for (String atom : ATOMS.split(e.text())) {
                test(new Conditions.Expression(e.type(), atom, e.constraint()), types, catalog, sets, opaque);
            }
        }
        Map<String, RuleReads.EnumTests> tests = new LinkedHashMap<>();
        for (String key : union(sets.keySet(), opaque)) {
            tests.put(key, new RuleReads.EnumTests(sets.getOrDefault(key, List.of()), opaque.contains(key)));
        }
        return new RuleReads(fields, conditions.positive(), tests);
    }

    /** Records how one comparison tests the enum fields it names. */
    private static void test(Conditions.Expression e, List<String> types, FactCatalog catalog,
                             Map<String, List<Set<String>>> sets, Set<String> opaque) {
        Set<String> named = e.identifiers();
        for (String type : types) {
            FactTypeInfo info = catalog.type(type).orElseThrow();
            for (String field : Conditions.fieldsNamed(info, named)) {
                FieldInfo f = info.fields().get(field);
                if (f.kind() != FieldKind.CHOICE) {
                    continue;
                }
                String key = type + "." + field;
                Set<String> constants = constants(e.text(), f.javaType().getSimpleName());
                if (!type.equals(e.type()) || !e.constraint() || constants.isEmpty()
                        || NOT_MEMBERSHIP.matcher(withoutIn(e.text())).find()) {
                    opaque.add(key);
                } else {
                    sets.computeIfAbsent(key, k -> new ArrayList<>()).add(constants);
                }
            }
        }
    }

    /** {@code x in (A, B)} has parentheses that are not calls. */
    private static String withoutIn(String text) {
        return text.replaceAll("\\b(not\\s+)?in\\s*\\([^()]*\\)", "in_list");
    }

    private static Set<String> constants(String text, String enumName) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(enumName)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
