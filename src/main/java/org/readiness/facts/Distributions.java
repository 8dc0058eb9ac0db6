package org.readiness.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.MapNode;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.document.ScalarNode;
import org.readiness.document.Texts;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import org.readiness.model.UncertainField.Outcome;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;

/**
 * Reads a field given as a distribution instead of a value, for {@code readiness sweep}:
 *
 * <pre>
 * political: {committed: 0.3, conditional: 0.3, uncertain: 0.4}
 * achievable: {true: 0.6, false: 0.4}
 * </pre>
 *
 * Each value must be one the field allows, each probability a number from 0 to 1, and together they must
 * sum to 1 within {@value #TOLERANCE} (thirds may be written 0.33); they are then scaled to sum to 1
 * exactly. Key fields name the fact and text fields have no declared values, so neither may be uncertain.
 */
final class Distributions {

    static final double TOLERANCE = 0.01;

    private Distributions() {
    }


    /** The outcomes, or empty after reporting what is wrong; for a field {@link #allowed} to be uncertain. */
    static Optional<List<Outcome>> read(FieldInfo field, MapNode node, String typeName, String path, ProblemCollector problems) {
        String what = typeName + "." + field.name();
        if (node.entries().isEmpty()) {
            problems.add(ProblemCode.BAD_DISTRIBUTION, node.location(), path, "an empty distribution for " + what,
                    "give values with probabilities, e.g. {" + example(field) + "}");
            return Optional.empty();
        }
        int before = problems.size();
        List<Outcome> outcomes = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            String entryPath = path + "." + entry.getKey();
            Optional<Object> value = value(field, entry.getKey());
            if (value.isEmpty()) {
                problems.add(ProblemCode.VALUE_NOT_ALLOWED, entry.getValue().location(), entryPath,
                        "'" + Texts.abbreviate(entry.getKey(), 40) + "' is not a value of " + what
                                + Texts.didYouMean(entry.getKey(), field.allowed()),
                        what + " takes " + FieldValues.expected(field));
                continue;
            }
            if (outcomes.stream().anyMatch(o -> o.value().equals(value.get()))) {
                problems.add(ProblemCode.BAD_DISTRIBUTION, entry.getValue().location(), entryPath,
                        "'" + entry.getKey() + "' is given twice in this distribution", "give each value once");
                continue;
            }
            Optional<Double> probability = probability(entry.getValue());
            if (probability.isEmpty()) {
                problems.add(ProblemCode.BAD_DISTRIBUTION, entry.getValue().location(), entryPath,
                        "the probability of '" + entry.getKey() + "' must be a number from 0 to 1, not "
                                + entry.getValue().describe(), null);
                continue;
            }
            sum += probability.get();
            outcomes.add(new Outcome(value.get(), probability.get()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (Math.abs(sum - 1) > TOLERANCE + 1e-9) {
            problems.add(ProblemCode.BAD_DISTRIBUTION, node.location(), path,
                    "the probabilities for " + what + " sum to " + round(sum) + ", not 1",
                    "make them add up to 1 (within " + TOLERANCE + ")");
            return Optional.empty();
        }
        double total = sum;
        return Optional.of(outcomes.stream().map(o -> new Outcome(o.value(), o.probability() / total)).toList());
    }

    /** A key of the mapping read as the field's value, exactly as a value written in its place would be. */
    private static Optional<Object> value(FieldInfo field, String written) {
        try {
            Node node = DocumentReader.parse(written, Format.YAML, "distribution");
            return node instanceof ScalarNode scalar ? FieldValues.convert(field, scalar) : Optional.empty();
        } catch (ProblemException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> probability(Node node) {
        if (node instanceof ScalarNode scalar && (scalar.kind() == ScalarNode.Kind.INTEGER || scalar.kind() == ScalarNode.Kind.DECIMAL)) {
            try {
                double p = Double.parseDouble(scalar.text().replace("_", ""));
                return p >= 0 && p <= 1 ? Optional.of(p) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String example(FieldInfo field) {
        List<String> values = field.kind() == FieldKind.BOOLEAN ? List.of("true", "false") : field.allowed();
        return values.size() < 2 ? "value: 1" : values.get(0) + ": 0.5, " + values.get(1) + ": 0.5";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 1000) / 1000.0);
    }
}
