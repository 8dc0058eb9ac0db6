package org.readiness.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Reads which fields of which fact types a rule's conditions read, from the rule's parsed description
 * and, for each constraint, the expression tree Drools' own expression parser makes of it: a field is
 * read when a constraint names it ({@code scope in (…)}), reaches it through a bound fact
 * ({@code $p.country}) or binds it ({@code $country : country}). An enum field compared with its own
 * constants ({@code scope in (…)}, {@code scope != NONE}) is tested by membership; read any other way it
 * is tested opaquely.
 */
final class ConditionReader {

    /** The leading name of an operand: {@code scope} of {@code scope.ordinal()}, {@code $p} of {@code $p.country}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");
    /** An enum constant, {@code CeasefireScope.PARTIAL}, perhaps qualified: the enum's simple name and the constant. */
    private static final Pattern CONSTANT = Pattern.compile("(?:[A-Za-z_$][\\w$]*\\.)*([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)");

    private final FactCatalog catalog;
    private final FieldReads.Builder reads = new FieldReads.Builder();
    /** Variables bound to facts ({@code $s : Support}) and to their fields ({@code $country : country}). */
    private final Map<String, String> factBindings = new HashMap<>();
    private final Map<String, FieldRef> fieldBindings = new HashMap<>();

    /** A field of a declared fact type. */
    private record FieldRef(String type, String field) {
    }

    /** {@code field == Constant} or {@code field != Constant}, on an enum field of the pattern's own type. */
    private record Membership(FieldRef field, String operator, String constant) {
    }

    private ConditionReader(FactCatalog catalog) {
        this.catalog = catalog;
    }

    static FieldReads read(RuleDescr rule, FactCatalog catalog) {
        ConditionReader reader = new ConditionReader(catalog);
        reader.walk(rule.getLhs());
        return reader.reads.build();
    }

    private void walk(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern);
        } else if (descr instanceof EvalDescr) {
            reads.opaque("an eval(…): what it reads is not varied");
            reads.notPositive();
        } else if (descr instanceof ConditionalElementDescr group) {
            if (!(group instanceof AndDescr || group instanceof OrDescr)) {
                reads.notPositive();
            }
            for (BaseDescr child : group.getDescrs()) {
                walk(child);
            }
        }
    }

    private void pattern(PatternDescr pattern) {
        String type = simpleName(pattern.getObjectType());
        boolean declared = catalog.type(type).isPresent();
        BaseDescr source = pattern.getSource();
        if (source != null) {
            reads.notPositive();
        }
        List<String> inner = new ArrayList<>();
        if (source instanceof AccumulateDescr accumulate) {
            inner.addAll(innerTypes(accumulate.getInput()));
            walk(accumulate.getInput());
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                for (String param : function.getParams()) {
                    expression(param, null);
                }
            }
        } else if (source instanceof CollectDescr collect) {
            inner.addAll(innerTypes(collect.getInputPattern()));
            walk(collect.getInputPattern());
        } else if (source != null) {
            reads.opaque("a 'from' source: the facts it yields are not varied");
        }
        if (declared) {
            reads.type(type);
        }
        if (declared && pattern.getIdentifier() != null) {
            factBindings.put(pattern.getIdentifier(), type);
        }
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                Counter counter = new Counter();
                expression(expr.getExpression(), declared ? type : null, counter);
                if (!inner.isEmpty() && counter.max >= 0) {
                    inner.forEach(t -> reads.counted(t, counter.max));
                }
            }
        }
    }

    /** The largest whole-number literal in a constraint on a count or a collected list. */
    private static final class Counter {
        long max = -1;
    }

    private List<String> innerTypes(BaseDescr descr) {
        List<String> types = new ArrayList<>();
        if (descr instanceof PatternDescr p) {
            String type = simpleName(p.getObjectType());
            if (catalog.type(type).isPresent()) {
                types.add(type);
            }
        } else if (descr instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> types.addAll(innerTypes(child)));
        }
        return types;
    }

    private void expression(String text, String type) {
        expression(text, type, new Counter());
    }

    private void expression(String text, String type, Counter counter) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(text);
        if (parser.hasErrors() || tree == null) {
            reads.opaque("a constraint the expression parser cannot read: " + text);
            return;
        }
        visit(tree, type, counter);
    }

    private void visit(BaseDescr descr, String type, Counter counter) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective(connective, type, counter);
        } else if (descr instanceof RelationalExprDescr relation) {
            Membership membership = membership(relation, type);
            if (membership != null) {
                member(membership.field(), Set.of(membership.constant()));
                return;
            }
            Object left = operand(relation.getLeft(), type, counter);
            Object right = operand(relation.getRight(), type, counter);
            compare(left, right);
            compare(right, left);
        } else if (descr instanceof BindingDescr binding) {
            FieldRef ref = reference(binding.getExpression(), type);
            if (ref != null) {
                read(ref);
                fieldBindings.put(binding.getVariable(), ref);
            } else if (binding.getExpression() != null) {
                operand(new AtomicExprDescr(binding.getExpression()), type, counter);
            }
        } else if (descr instanceof AtomicExprDescr atom) {
            operand(atom, type, counter);
        }
    }

    /**
     * The parser spells {@code scope in (A, B)} as {@code scope == A || scope == B} and {@code not in} as
     * {@code !=} joined by {@code &&}: such tests of one field in one connective are one membership test.
     */
    private void connective(ConstraintConnectiveDescr connective, String type, Counter counter) {
        String joins = switch (connective.getConnective()) {
            case OR -> "==";
            case AND -> "!=";
            default -> null;
        };
        Map<FieldRef, Set<String>> joined = new LinkedHashMap<>();
        for (BaseDescr child : connective.getDescrs()) {
            Membership membership = child instanceof RelationalExprDescr relation ? membership(relation, type) : null;
            if (membership != null && membership.operator().equals(joins)) {
                joined.computeIfAbsent(membership.field(), f -> new LinkedHashSet<>()).add(membership.constant());
            } else {
                visit(child, type, counter);
            }
        }
        joined.forEach(this::member);
    }

    private Membership membership(RelationalExprDescr relation, String type) {
        String operator = relation.getOperator();
        if (type == null || relation.isNegated() || !(operator.equals("==") || operator.equals("!="))) {
            return null;
        }
        Membership membership = membership(relation.getLeft(), relation.getRight(), operator, type);
        return membership != null ? membership : membership(relation.getRight(), relation.getLeft(), operator, type);
    }

    private Membership membership(BaseDescr fieldSide, BaseDescr constantSide, String operator, String type) {
        if (!(fieldSide instanceof AtomicExprDescr f) || !(constantSide instanceof AtomicExprDescr c)) {
            return null;
        }
        String written = f.getExpression().strip();
        String name = written.startsWith("this.") ? written.substring("this.".length()) : written;
        FieldInfo field = catalog.type(type).flatMap(t -> t.field(name)).orElse(null);
        Matcher constant = CONSTANT.matcher(c.getExpression().strip());
        if (field == null || field.kind() != FieldKind.CHOICE || !constant.matches()
                || !constant.group(1).equals(field.javaType().getSimpleName())) {
            return null;
        }
        String value = constant.group(2);
        boolean declared = field.choices().values().stream().anyMatch(v -> ((Enum<?>) v).name().equals(value));
        return declared ? new Membership(new FieldRef(type, name), operator, value) : null;
    }

    private void member(FieldRef field, Set<String> constants) {
        reads.read(field.type(), field.field());
        reads.member(field.type(), field.field(), constants);
    }

    /** A field read other than by a membership test: an enum field so read is tested opaquely. */
    private void read(FieldRef ref) {
        reads.read(ref.type(), ref.field());
        if (catalog.type(ref.type()).flatMap(t -> t.field(ref.field())).map(FieldInfo::kind).orElse(null) == FieldKind.CHOICE) {
            reads.opaqueTest(ref.type(), ref.field());
        }
    }

    /** A field reference, a literal value, or null for anything else (an enum constant, a method call). */
    private Object operand(BaseDescr descr, String type, Counter counter) {
        if (descr instanceof AtomicExprDescr atom) {
            if (atom.isLiteral()) {
                Object value = literal(atom.getExpression());
                if (value instanceof Long n) {
                    counter.max = Math.max(counter.max, n);
                }
                return value;
            }
            FieldRef ref = reference(atom.getExpression(), type);
            if (ref != null) {
                read(ref);
            }
            return ref;
        }
        if (descr != null) {
            visit(descr, type, counter);
        }
        return null;
    }

    private void compare(Object field, Object other) {
        if (field instanceof FieldRef ref) {
            if (other instanceof FieldRef) {
                reads.joined(ref.type(), ref.field());
            } else if (other != null) {
                reads.literal(ref.type(), ref.field(), other);
            }
        }
    }

    /** The field an operand names: {@code scope}, {@code this.scope}, {@code $p.country}, {@code $country}. */
    private FieldRef reference(String expression, String type) {
        if (expression == null) {
            return null;
        }
        String text = expression.strip().replace("!.", ".").replace("?.", ".");
        Matcher first = NAME.matcher(text);
        if (!first.lookingAt()) {
            return null;
        }
        String name = first.group();
        String rest = text.substring(first.end());
        if (name.startsWith("$")) {
            if (fieldBindings.containsKey(name)) {
                return fieldBindings.get(name);
            }
            String bound = factBindings.get(name);
            return bound == null ? null : fieldOf(bound, rest);
        }
        if (name.equals("this")) {
            return type == null ? null : fieldOf(type, rest);
        }
        return type != null && declares(type, name) ? new FieldRef(type, name) : null;
    }

    /** {@code .country} after a fact variable: the field it names, if the type declares it. */
    private FieldRef fieldOf(String type, String rest) {
        if (!rest.startsWith(".")) {
            return null;
        }
        Matcher field = NAME.matcher(rest.substring(1));
        return field.lookingAt() && declares(type, field.group()) ? new FieldRef(type, field.group()) : null;
    }

    private boolean declares(String type, String field) {
        return catalog.type(type).flatMap(t -> t.field(field)).isPresent();
    }

    private static Object literal(String text) {
        String t = text.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        try {
            return Long.valueOf(t.replace("_", "").replaceAll("[lL]$", ""));
        } catch (NumberFormatException e) {
            // not a whole number; perhaps a decimal
        }
        try {
            return Double.valueOf(t.replaceAll("[dDfF]$", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String simpleName(String type) {
        return type == null ? "?" : type.substring(type.lastIndexOf('.') + 1);
    }
}
