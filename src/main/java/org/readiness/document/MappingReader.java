package org.readiness.document;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import org.readiness.model.ProblemCode;

/**
 * Reads the entries of one mapping by name, reporting a missing, mistyped or unknown entry as a problem
 * with its path ({@code sources[2].date}) and location, and carrying on so that every problem is found.
 */
public final class MappingReader {

    private final MapNode node;
    private final String path;
    private final ProblemCollector problems;

    public MappingReader(MapNode node, String path, ProblemCollector problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Expects a mapping; reports what was found instead. */
    public static Optional<MappingReader> of(Node node, String path, String what, ProblemCollector problems) {
        if (node instanceof MapNode map) {
            return Optional.of(new MappingReader(map, path, problems));
        }
        problems.add(ProblemCode.WRONG_TYPE, node.location(), path,
                what + " must be a mapping of keys to values, not " + node.describe(), null);
        return Optional.empty();
    }

    public MapNode node() {
        return node;
    }

    public String path() {
        return path;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public Optional<Node> get(String key, boolean required) {
        Node value = node.get(key);
        if (value == null || value instanceof ScalarNode s && s.kind() == ScalarNode.Kind.NULL) {
            if (required) {
                problems.add(ProblemCode.MISSING_FIELD, node.location(), pathOf(key),
                        "'" + key + "' is required here", "add '" + key + ":'");
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * Any scalar, as written (text fields take numbers and booleans as the text the author typed), less
     * the surrounding white space that YAML's folded and literal blocks leave.
     */
    public Optional<String> text(String key, boolean required) {
        return get(key, required).flatMap(value -> {
            if (value instanceof ScalarNode scalar) {
                return Optional.of(scalar.text().strip());
            }
            problems.add(ProblemCode.WRONG_TYPE, value.location(), pathOf(key),
                    "'" + key + "' must be text, not " + value.describe(), null);
            return Optional.empty();
        });
    }

    public Optional<LocalDate> date(String key, boolean required) {
        return get(key, required).flatMap(value -> {
            Optional<LocalDate> date = parseDate(value);
            if (date.isEmpty()) {
                problems.add(ProblemCode.WRONG_TYPE, value.location(), pathOf(key),
                        "'" + key + "' must be a date, not " + value.describe(), "write it as YYYY-MM-DD");
            }
            return date;
        });
    }

    public Optional<Boolean> bool(String key, boolean required) {
        return get(key, required).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.BOOLEAN) {
                return Optional.of(scalar.booleanValue());
            }
            problems.add(ProblemCode.WRONG_TYPE, value.location(), pathOf(key),
                    "'" + key + "' must be true or false, not " + value.describe(), null);
            return Optional.empty();
        });
    }

    /** A whole number within bounds. */
    public Optional<Integer> integer(String key, boolean required, int min, int max) {
        return get(key, required).flatMap(value -> {
            if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.INTEGER) {
                try {
                    int number = Integer.parseInt(scalar.text());
                    if (number >= min && number <= max) {
                        return Optional.of(number);
                    }
                } catch (NumberFormatException e) {
                    // hexadecimal, or beyond int: reported below like any other bad number
                }
            }
            problems.add(ProblemCode.WRONG_TYPE, value.location(), pathOf(key),
                    "'" + key + "' must be a whole number from " + min + " to " + max + ", not " + value.describe(), null);
            return Optional.empty();
        });
    }

    /** Reports a value outside the allowed ones, at the value's location. */
    public void notAllowed(String key, String message, String hint) {
        problems.add(ProblemCode.VALUE_NOT_ALLOWED, node.get(key).location(), pathOf(key), message, hint);
    }

    public Optional<ListNode> list(String key, boolean required) {
        return get(key, required).flatMap(value -> {
            if (value instanceof ListNode list) {
                return Optional.of(list);
            }
            problems.add(ProblemCode.WRONG_TYPE, value.location(), pathOf(key),
                    "'" + key + "' must be a list, not " + value.describe(), null);
            return Optional.empty();
        });
    }

    /** Reports every key not in {@code known}, suggesting the closest known one. */
    public void rejectUnknown(Collection<String> known, String what) {
        for (var entry : node.entries().entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                problems.add(ProblemCode.UNKNOWN_FIELD, entry.getValue().location(), pathOf(key),
                        what + " has no field '" + key + "'" + Texts.didYouMean(key, known),
                        "known fields: " + String.join(", ", known));
            }
        }
    }

    public static Optional<LocalDate> parseDate(Node value) {
        if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING) {
            try {
                return Optional.of(LocalDate.parse(scalar.text()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
