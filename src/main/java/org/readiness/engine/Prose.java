package org.readiness.engine;

import java.util.HashMap;
import java.util.Map;
import org.readiness.model.Fact;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;

/**
 * How a fact's field value reads inside a reason or remedy: an enum value as words ({@code
 * energy-infrastructure} reads "energy infrastructure"), anything else as written. The words for every
 * declared enum value are worked out once per rule set.
 */
final class Prose {

    /** type → field → fact-file spelling → words, for enum fields only */
    private final Map<String, Map<String, Map<String, String>>> choices = new HashMap<>();

    Prose(FactCatalog catalog) {
        for (FactTypeInfo type : catalog.types()) {
            Map<String, Map<String, String>> fields = new HashMap<>();
            for (FieldInfo field : type.fields().values()) {
                if (field.kind() == FieldKind.CHOICE) {
                    Map<String, String> words = new HashMap<>();
                    field.allowed().forEach(value -> words.put(value, words(value)));
                    fields.put(field.name(), words);
                }
            }
            choices.put(type.name(), fields);
        }
    }

    String of(Fact fact, String field, Object value) {
        Map<String, Map<String, String>> fields = choices.get(fact.type());
        Map<String, String> words = fields == null ? null : fields.get(field);
        if (words == null) {
            return value.toString();
        }
        String known = words.get(value);
        return known != null ? known : words(value.toString());
    }

    private static String words(String spelled) {
        return spelled.replace('-', ' ');
    }
}
