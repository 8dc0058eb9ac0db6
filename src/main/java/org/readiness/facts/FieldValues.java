package org.readiness.facts;

import java.util.Optional;
import org.readiness.document.MappingReader;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.document.ScalarNode;
import org.readiness.document.Texts;
import org.readiness.model.ProblemCode;
import org.readiness.rules.FieldInfo;

/**
 * Checks one written value against its declared field and turns it into the model's value: text as
 * written, {@link Boolean}, {@link Long}, {@link Double}, {@link java.time.LocalDate}, or an enum value in
 * its fact-file spelling.
 */
public final class FieldValues {

    private FieldValues() {
    }

    public static Optional<Object> read(FieldInfo field, Node node, String typeName, String path, ProblemCollector problems) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(ProblemCode.WRONG_TYPE, node.location(), path,
                    typeName + "." + field.name() + " takes " + expected(field) + ", not " + node.describe(), null);
            return Optional.empty();
        }
        Optional<Object> value = convert(field, scalar);
        if (value.isEmpty()) {
            if (field.kind() == org.readiness.rules.FieldKind.CHOICE && scalar.kind() == ScalarNode.Kind.STRING) {
                problems.add(ProblemCode.VALUE_NOT_ALLOWED, node.location(), path,
                        "'" + Texts.abbreviate(scalar.text(), 40) + "' is not an allowed value of " + typeName + "." + field.name()
                                + Texts.didYouMean(scalar.text(), field.allowed()),
                        "allowed: " + String.join(", ", field.allowed()));
            } else {
                problems.add(ProblemCode.WRONG_TYPE, node.location(), path,
                        typeName + "." + field.name() + " takes " + expected(field) + ", not " + node.describe(), null);
            }
        }
        return value;
    }

    /** The value, or empty when the written scalar does not fit the field. */
    public static Optional<Object> convert(FieldInfo field, ScalarNode scalar) {
        return switch (field.kind()) {
            case TEXT -> Optional.of(scalar.text().strip());
            case BOOLEAN -> scalar.kind() == ScalarNode.Kind.BOOLEAN ? Optional.of(scalar.booleanValue()) : Optional.empty();
            case INTEGER -> integer(field, scalar);
            case DECIMAL -> decimal(scalar);
            case DATE -> MappingReader.parseDate(scalar).map(Object.class::cast);
            case CHOICE -> scalar.kind() == ScalarNode.Kind.STRING ? field.choice(scalar.text()).map(Object.class::cast) : Optional.empty();
        };
    }

    private static Optional<Object> integer(FieldInfo field, ScalarNode scalar) {
        if (scalar.kind() != ScalarNode.Kind.INTEGER) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(scalar.text().replace("_", ""));
            boolean fits = field.javaType() == Long.class || (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE);
            return fits ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> decimal(ScalarNode scalar) {
        if (scalar.kind() != ScalarNode.Kind.INTEGER && scalar.kind() != ScalarNode.Kind.DECIMAL) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(scalar.text().replace("_", ""));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What a field takes, for messages. */
    public static String expected(FieldInfo field) {
        return switch (field.kind()) {
            case TEXT -> "text";
            case BOOLEAN -> "true or false";
            case INTEGER -> field.javaType() == Long.class ? "a whole number" : "a whole number (at most 2147483647)";
            case DECIMAL -> "a number";
            case DATE -> "a date (YYYY-MM-DD)";
            case CHOICE -> "one of " + String.join(", ", field.allowed());
        };
    }
}
