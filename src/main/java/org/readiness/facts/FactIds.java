package org.readiness.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.document.ProblemCollector;
import org.readiness.model.Fact;
import org.readiness.model.ProblemCode;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;

/**
 * Names each fact: by its key fields where the type declares them ({@code Support[party=US]}), by its
 * type when it is the only one, else by its type and position among its kind ({@code Ceasefire#2}).
 * Two facts with the same name are an error: their key fields must tell them apart.
 */
final class FactIds {

    private FactIds() {
    }

    static List<Fact> name(List<Fact> facts, FactCatalog catalog) {
        ProblemCollector problems = new ProblemCollector();
        Map<String, Integer> perType = new HashMap<>();
        facts.forEach(f -> perType.merge(f.type(), 1, Integer::sum));
        Map<String, Integer> position = new HashMap<>();
        Map<String, Fact> byId = new LinkedHashMap<>();
        List<Fact> named = new ArrayList<>();
        for (Fact fact : facts) {
            FactTypeInfo type = catalog.type(fact.type()).orElseThrow();
            int n = position.merge(fact.type(), 1, Integer::sum);
            String id = id(fact, type, perType.get(fact.type()), n);
            Fact first = byId.putIfAbsent(id, fact);
            if (first != null) {
                problems.add(ProblemCode.DUPLICATE_ID, fact.location(), null,
                        id + " is already stated at line " + first.location().line(),
                        "state each fact once, or tell them apart by " + String.join(", ", type.keyFields()));
            }
            named.add(new Fact(id, fact.type(), fact.fields(), fact.sources(), fact.observed(), fact.note(), fact.location()));
        }
        problems.throwIfAny();
        return named;
    }

    private static String id(Fact fact, FactTypeInfo type, int ofType, int position) {
        List<String> keys = type.keyFields();
        if (!keys.isEmpty()) {
            StringBuilder id = new StringBuilder(fact.type()).append('[');
            for (int i = 0; i < keys.size(); i++) {
                id.append(i == 0 ? "" : ",").append(keys.get(i)).append('=').append(fact.fields().get(keys.get(i)));
            }
            return id.append(']').toString();
        }
        return ofType == 1 ? fact.type() : fact.type() + "#" + position;
    }
}
