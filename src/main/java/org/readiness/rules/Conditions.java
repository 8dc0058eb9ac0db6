package org.readiness.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a rule's conditions read, from its parsed description: the fact types in order of first
 * appearance; the variables it binds ({@code $c : Ceasefire(…)}) with the type each is bound to (null
 * for an accumulated value such as {@code $n : count()}); every expression it evaluates; and whether it
 * is positive (only patterns on facts joined by {@code and} or {@code or}: no {@code not},
 * {@code exists}, {@code forall}, {@code accumulate}, {@code collect} or {@code from}).
 */
record Conditions(List<String> factTypes, Map<String, String> bindings, List<Expression> expressions, boolean positive) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /**
     * One expression of the conditions.
     *
     * @param type       the type of the pattern it constrains; null for one outside a pattern (eval,
     *                   accumulate, from), where any field may be read through a bound variable
     * @param constraint a constraint of the pattern, as opposed to a binding ({@code $c : country})
     */
    record Expression(String type, String text, boolean constraint) {

        Set<String> identifiers() {
            Set<String> names = new LinkedHashSet<>();
            Matcher m = IDENTIFIER.matcher(text);
            while (m.find()) {
                names.add(m.group());
            }
            return names;
        }
    }

    Conditions {
        factTypes = List.copyOf(factTypes);
        bindings = Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
        expressions = List.copyOf(expressions);
    }

    static Conditions none() {
        return new Conditions(List.of(), Map.of(), List.of(), true);
    }

    static Conditions of(RuleDescr rule) {
        Walk walk = new Walk();
        walk.walk(rule.getLhs(), null);
        return new Conditions(List.copyOf(walk.types), walk.bindings, walk.expressions, walk.positive);
    }

    /** Every identifier any expression names. */
    Set<String> identifiers() {
        Set<String> all = new LinkedHashSet<>();
        expressions.forEach(e -> all.addAll(e.identifiers()));
        return all;
    }

    /**
     * The fields of {@code type} that {@code names} include, directly ({@code scope}) or through an
     * accessor ({@code getScope}).
     */
    static Set<String> fieldsNamed(FactTypeInfo type, Set<String> names) {
        Set<String> named = new LinkedHashSet<>();
        for (String field : type.fields().keySet()) {
            String accessor = Character.toUpperCase(field.charAt(0)) + field.substring(1);
            if (names.contains(field) || names.contains("get" + accessor) || names.contains("is" + accessor)) {
                named.add(field);
            }
        }
        return named;
    }

    private static final class Walk {
        final Set<String> types = new LinkedHashSet<>();
        final Map<String, String> bindings = new LinkedHashMap<>();
        final List<Expression> expressions = new ArrayList<>();
        boolean positive = true;

        void walk(BaseDescr descr, String pattern) {
            if (descr instanceof PatternDescr p) {
                String type = simpleName(p.getObjectType());
                types.add(type);
                if (p.getIdentifier() != null) {
                    bindings.put(p.getIdentifier(), type);
                }
                p.getDescrs().forEach(d -> walk(d, type));
                if (p.getSource() != null) {
                    positive = false;
                    walk(p.getSource(), null);
                }
            } else if (descr instanceof ExprConstraintDescr constraint) {
                add(pattern, constraint.getExpression(), true);
            } else if (descr instanceof BindingDescr binding) {
                add(pattern, binding.getExpression(), false);
                add(pattern, binding.getBindingField(), false);
            } else if (descr instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(d -> walk(d, pattern));
            } else if (descr instanceof EvalDescr eval) {
                add(null, String.valueOf(eval.getContent()), false);
            } else if (descr instanceof FromDescr from) {
                positive = false;
                add(null, from.getExpression(), false);
            } else if (descr instanceof AccumulateDescr accumulate) {
                positive = false;
                walk(accumulate.getInput(), null);
                accumulate.getDescrs().forEach(d -> walk(d, null));
                for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                    if (function.getBind() != null) {
                        bindings.put(function.getBind(), null);
                    }
                    for (String param : function.getParams()) {
                        add(null, param, false);
                    }
                }
                add(null, accumulate.getInitCode(), false);
                add(null, accumulate.getActionCode(), false);
                add(null, accumulate.getReverseCode(), false);
                add(null, accumulate.getResultCode(), false);
            } else if (descr instanceof CollectDescr collect) {
                positive = false;
                walk(collect.getInputPattern(), null);
            } else if (descr instanceof ConditionalElementDescr group) {
                // and / or keep a rule positive; not, exists, forall and anything unforeseen do not
                if (!(descr instanceof AndDescr || descr instanceof OrDescr)) {
                    positive = false;
                }
                for (BaseDescr child : group.getDescrs()) {
                    walk(child, null);
                }
            } else if (descr != null) {
                positive = false;
            }
        }

        private void add(String pattern, String text, boolean constraint) {
            if (text != null && !text.isBlank()) {
                expressions.add(new Expression(pattern, text, constraint));
            }
        }
    }

    private static String simpleName(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }
}
