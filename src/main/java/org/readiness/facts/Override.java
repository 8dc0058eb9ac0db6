package org.readiness.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;

/**
 * One what-if edit of a fact set, as written on the command line:
 *
 * <pre>
 * Ceasefire.scope=comprehensive                 the Ceasefire fact(s)
 * Support[party=US].political=committed         the Support fact whose party is US
 * Support[role=member].troops=committed         every Support fact whose role is member
 * Ceasefire#2.state=holding                     the second Ceasefire fact
 * Mandate.achievable=                           unset: make the field unknown
 * </pre>
 *
 * @param keys     field values a fact must have to be selected (compared as written in the fact set)
 * @param position the n-th fact of the type (1-based), or 0 for any
 * @param value    the new value as written, parsed like a YAML scalar; null to unset the field
 */
public record Override(String text, String type, Map<String, String> keys, int position, String field, String value) {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*(?<type>[A-Za-z_$][\\w$]*)(?:\\[(?<keys>[^\\]]*)]|#(?<position>[1-9][0-9]*))?\\.(?<field>[A-Za-z_$][\\w$]*)\\s*=(?<value>.*)",
            Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\s*=\\s*([^,]*?)\\s*");

    public Override {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** The selector as written: {@code Support[party=US]}, {@code Ceasefire#2}, {@code Mandate}. */
    public String selector() {
        if (position != 0) {
            return type + "#" + position;
        }
        if (keys.isEmpty()) {
            return type;
        }
        StringBuilder out = new StringBuilder(type).append('[');
        keys.forEach((k, v) -> out.append(out.charAt(out.length() - 1) == '[' ? "" : ",").append(k).append('=').append(v));
        return out.append(']').toString();
    }

    /** @throws ProblemException (code {@code bad-override}) when the text is not an override */
    public static Override parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw bad(text, "not a what-if override",
                    "write Type.field=value or Type[key=value].field=value, e.g. Support[party=US].political=committed");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        if (m.group("keys") != null) {
            for (String pair : m.group("keys").split(",")) {
                Matcher key = KEY.matcher(pair);
                if (!key.matches() || key.group(2).isEmpty()) {
                    throw bad(text, "the selector [" + m.group("keys") + "] is not a list of field=value pairs",
                            "write it like [party=US] or [country=US,topic=troop-deployment]");
                }
                keys.put(key.group(1), key.group(2));
            }
        }
        int position = m.group("position") == null ? 0 : Integer.parseInt(m.group("position"));
        String value = m.group("value").strip();
        return new Override(text, m.group("type"), keys, position, m.group("field"), value.isEmpty() ? null : value);
    }

    static ProblemException bad(String text, String message, String hint) {
        return new ProblemException(new Problem(ProblemCode.BAD_OVERRIDE, Location.of("--set"), text, message, hint));
    }
}
