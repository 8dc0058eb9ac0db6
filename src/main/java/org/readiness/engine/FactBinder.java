package org.readiness.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.FactType;
import org.readiness.model.Fact;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;

/**
 * Makes the engine's objects (instances of the DRL-declared classes) from validated facts, remembering
 * which object came from which fact so that explanations can name the fact, its line and its sources.
 *
 * <p>Drools initialises a declared {@code Boolean} to false and an {@code Integer} to 0. A field a fact
 * leaves out must stay unknown, or {@code Mandate(achievable == false)} would fire on a fact that never
 * said so; the binder therefore nulls every field that a fresh instance fills in and the fact does not.
 */
final class FactBinder {

    private final FactCatalog catalog;
    private final Map<String, List<String>> defaulted = new HashMap<>();

    FactBinder(FactCatalog catalog) {
        this.catalog = catalog;
        for (FactTypeInfo type : catalog.types()) {
            Object fresh = newInstance(type);
            defaulted.put(type.name(), type.fields().keySet().stream()
                    .filter(field -> type.factType().get(fresh, field) != null)
                    .toList());
        }
    }

    /**
     * The engine's objects in fact-set order, and which fact each came from.
     *
     * @param objects inserted in this order, so that collected lists and firings are deterministic
     */
    record Bound(List<Object> objects, Map<Object, Fact> facts) {
    }

    /** A fresh object per fact and evaluation: rules may not share mutable state across evaluations. */
    Bound bind(List<Fact> facts) {
        List<Object> objects = new ArrayList<>(facts.size());
        Map<Object, Fact> bound = new IdentityHashMap<>();
        for (Fact fact : facts) {
            Object object = instance(fact);
            objects.add(object);
            bound.put(object, fact);
        }
        return new Bound(objects, bound);
    }

    private Object instance(Fact fact) {
        FactTypeInfo type = catalog.type(fact.type())
                .orElseThrow(() -> new IllegalArgumentException("fact type " + fact.type() + " is not declared by these rules"));
        FactType factType = type.factType();
        Object instance = newInstance(type);
        for (String field : defaulted.get(type.name())) {
            if (!fact.fields().containsKey(field)) {
                factType.set(instance, field, null);
            }
        }
        for (Map.Entry<String, Object> entry : fact.fields().entrySet()) {
            FieldInfo field = type.fields().get(entry.getKey());
            factType.set(instance, entry.getKey(), engineValue(field, entry.getValue()));
        }
        return instance;
    }

    private static Object newInstance(FactTypeInfo type) {
        try {
            return type.factType().newInstance();
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot instantiate declared type " + type.name(), e);
        }
    }

    private static Object engineValue(FieldInfo field, Object value) {
        return switch (field.kind()) {
            case CHOICE -> field.choices().get((String) value);
            case INTEGER -> field.javaType() == Integer.class ? Integer.valueOf(((Long) value).intValue()) : value;
            default -> value;
        };
    }
}
