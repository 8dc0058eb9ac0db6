package org.readiness.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.readiness.model.Location;

/**
 * A field of a declared fact type: its kind, its allowed values when it is a DRL enum, whether fact files
 * must give it, and its documentation, all read from the declaration.
 *
 * @param javaType  the declared Java type (Integer or Long for INTEGER, the enum class for CHOICE)
 * @param choices   for CHOICE fields, each allowed value's fact-file spelling and its enum constant
 * @param required  declared {@code @required} or {@code @key}: a fact file must give it
 * @param key       declared {@code @key}: part of the fact's identity ({@code Support[party=US]})
 * @param doc       the {@code @doc} text; may be empty
 * @param fixed     declared {@code @fixed} or {@code @key}: what-if searches never change it, because it says
 *                  what a fact is about (who a party is, its role) rather than a state of affairs that could change
 */
public record FieldInfo(String name, FieldKind kind, Class<?> javaType, Map<String, Object> choices,
                        boolean required, boolean key, String doc, Location location, boolean fixed) {

    public FieldInfo {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /**
     * Whether a fact file may give this field as a distribution (for {@code readiness sweep}): a key field
     * names the fact, and text has no declared values to weigh.
     */
    public boolean mayBeUncertain() {
        return !key && kind != FieldKind.TEXT;
    }

    /** The allowed values as fact files spell them, in declaration order. */
    public List<String> allowed() {
        return List.copyOf(choices.keySet());
    }

    /** The enum constant for what an author wrote: {@code energy-infrastructure} or {@code ENERGY_INFRASTRUCTURE}. */
    public Optional<String> choice(String written) {
        String spelled = spell(written.trim());
        return choices.containsKey(spelled) ? Optional.of(spelled) : Optional.empty();
    }

    /** The fact-file spelling of an enum constant name: lower-case, words joined by hyphens. */
    public static String spell(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
