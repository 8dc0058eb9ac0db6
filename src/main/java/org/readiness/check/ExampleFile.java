package org.readiness.check;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Source;

/**
 * An example fact set as a fact file that a policy author can save and run with {@code readiness
 * evaluate}: valid YAML that the fact loader accepts, text quoted wherever YAML would read it as
 * something else ({@code no} as false, {@code 1.10} as a number).
 */
final class ExampleFile {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    /** Words YAML 1.1 reads as booleans or null. */
    private static final Set<String> SPECIAL = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private ExampleFile() {
    }

    static String yaml(String what, FactSet facts) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(what).append(".\n");
        out.append("# Found by readiness check; save as a file and run: readiness evaluate FILE --explain\n");
        out.append("scenario: ").append(text(facts.scenario())).append('\n');
        out.append("asOf: ").append(facts.asOf()).append('\n');
        out.append("sources:\n");
        for (Source s : facts.sources()) {
            out.append("  - id: ").append(text(s.id())).append('\n');
            out.append("    title: ").append(text(s.title())).append('\n');
            out.append("    date: ").append(s.date()).append('\n');
            out.append("    reliability: ").append(s.reliability().name()).append('\n');
            out.append("    credibility: ").append(s.credibility().grade()).append('\n');
        }
        out.append(facts.facts().isEmpty() ? "facts: []\n" : "facts:\n");
        for (Fact f : facts.facts()) {
            out.append("  - type: ").append(f.type()).append('\n');
            for (Map.Entry<String, Object> field : f.fields().entrySet()) {
                out.append("    ").append(field.getKey()).append(": ").append(value(field.getValue())).append('\n');
            }
            out.append("    sources: [").append(String.join(", ", f.sources().stream().map(ExampleFile::text).toList())).append("]\n");
        }
        return out.toString();
    }

    private static String value(Object value) {
        return value instanceof String s ? text(s) : value.toString();
    }

    static String text(String s) {
        if (PLAIN.matcher(s).matches() && !SPECIAL.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
