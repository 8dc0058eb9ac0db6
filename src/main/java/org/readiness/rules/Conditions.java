package org.readiness.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a rule's conditions read, from its parsed description: the fact types in order of first
 * appearance, and the variables it binds ({@code $c : Ceasefire(…)}) with the type each is bound to
 * (null for an accumulated value such as {@code $n : count()}).
 */
record Conditions(List<String> factTypes, Map<String, String> bindings) {

    /** A rule without a parsed description reads nothing that can be named. */
    static Conditions none() {
        return new Conditions(List.of(), Map.of());
    }

    static Conditions of(RuleDescr rule) {
        Set<String> types = new LinkedHashSet<>();
        Map<String, String> bindings = new LinkedHashMap<>();
        walk(rule.getLhs(), types, bindings);
        return new Conditions(List.copyOf(types), bindings);
    }

    private static void walk(BaseDescr descr, Set<String> types, Map<String, String> bindings) {
        if (descr instanceof PatternDescr pattern) {
            String type = simpleName(pattern.getObjectType());
            types.add(type);
            if (pattern.getIdentifier() != null) {
                bindings.put(pattern.getIdentifier(), type);
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), types, bindings);
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            // The accumulated patterns are the input; getDescrs() is empty for the parser's accumulates.
            walk(accumulate.getInput(), types, bindings);
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                if (function.getBind() != null) {
                    bindings.put(function.getBind(), null);
                }
            }
        } else if (descr instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), types, bindings);
        } else if (descr instanceof ConditionalElementDescr group) {
            for (BaseDescr child : group.getDescrs()) {
                walk(child, types, bindings);
            }
        }
    }

    private static String simpleName(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }
}
