package org.readiness.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.document.ScalarNode;
import org.readiness.document.Texts;
import org.readiness.model.Credibility;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Location;
import org.readiness.model.ProblemException;
import org.readiness.model.Reliability;
import org.readiness.model.Source;
import org.readiness.model.UncertainField;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;

/**
 * Applies what-if overrides to a fact set, validating each against the declared fact types exactly as a
 * fact file is validated.
 *
 * <p>An override applies to every fact its selector matches. When none matches and the selector names a
 * fact completely (all its key fields, or a type without keys), the fact is added. What an override
 * asserts is an assumption, not evidence: every fact it changes or adds cites the reserved source
 * {@value #WHAT_IF}, dated the fact set's asOf, so that the assumption is judged on its own terms rather
 * than on the evidence it replaces, and reports show it for what it is.
 */
public final class Overrides {

    /** The id of the source every overridden fact cites. */
    public static final String WHAT_IF = "what-if";

    private final FactCatalog catalog;

    public Overrides(FactCatalog catalog) {
        this.catalog = catalog;
    }

    /** Parses and applies overrides as written (e.g. from repeated {@code --set} options). */
    public FactSet apply(FactSet facts, List<String> texts) {
        ProblemCollector problems = new ProblemCollector();
        List<Override> parsed = new ArrayList<>();
        for (String text : texts) {
            try {
                parsed.add(Override.parse(text));
            } catch (ProblemException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        return applyParsed(facts, parsed);
    }

    public FactSet applyParsed(FactSet facts, List<Override> overrides) {
        if (overrides.isEmpty()) {
            return facts;
        }
        List<Fact> edited = new ArrayList<>(facts.facts());
        Set<String> settled = new HashSet<>();
        for (Override override : overrides) {
            edited = apply(edited, override, settled);
        }
        List<Source> sources = new ArrayList<>(facts.sources());
        if (facts.source(WHAT_IF).isEmpty()) {
            sources.add(new Source(WHAT_IF, "What-if assumption (an override, not evidence)", null, facts.asOf(), null,
                    Reliability.A, Credibility.CONFIRMED));
        }
        List<String> applied = new ArrayList<>(facts.overrides());
        overrides.forEach(o -> applied.add(o.text().strip()));
        List<Fact> named = FactIds.name(edited, catalog);
        // A value set by an override settles a field given as a distribution; the rest stay uncertain.
        List<UncertainField> uncertain = facts.uncertain().stream()
                .filter(u -> !settled.contains(u.fact() + ":" + u.field()))
                .map(u -> new UncertainField(u.fact(), named.get(u.fact()).id(), u.field(), u.outcomes(), u.location()))
                .toList();
        return CanonicalHash.hashed(new FactSet(facts.scenario(), facts.description(), facts.asOf(), sources,
                named, facts.origin(), "", applied, uncertain));
    }

    private List<Fact> apply(List<Fact> facts, Override override, Set<String> settled) {
        FactTypeInfo type = catalog.type(override.type()).orElseThrow(() -> Override.bad(override.text(),
                "no fact type named '" + override.type() + "'" + Texts.didYouMean(override.type(), catalog.names()),
                "declared types: " + String.join(", ", catalog.names())));
        FieldInfo field = field(type, override.field(), override);
        for (String key : override.keys().keySet()) {
            field(type, key, override);
        }
        Object value = override.value() == null ? null : value(field, override);
        List<Fact> result = new ArrayList<>(facts.size() + 1);
        boolean matched = false;
        int position = 0;
        for (Fact fact : facts) {
            if (fact.type().equals(type.name())) {
                position++;
                if (selects(override, fact, position)) {
                    matched = true;
                    settled.add(result.size() + ":" + field.name());
                    result.add(edit(fact, field.name(), value));
                    continue;
                }
            }
            result.add(fact);
        }
        if (!matched) {
            result.add(created(type, override, field, value));
        }
        return result;
    }

    private static boolean selects(Override override, Fact fact, int position) {
        if (override.position() != 0 && override.position() != position) {
            return false;
        }
        return override.keys().entrySet().stream()
                .allMatch(k -> k.getValue().equals(String.valueOf(fact.fields().get(k.getKey()))));
    }

    /** A fact the override names completely but the fact set lacks: added, when that is unambiguous. */
    private Fact created(FactTypeInfo type, Override override, FieldInfo field, Object value) {
        boolean complete = override.position() == 0 && override.keys().keySet().equals(new HashSet<>(type.keyFields()));
        if (!complete) {
            throw Override.bad(override.text(), "no " + type.name() + " fact matches this selector",
                    type.keyFields().isEmpty() ? "to add one, write " + type.name() + "." + field.name() + "=…"
                            : "to add one, name all its key fields: " + type.name() + "[" + String.join("=…,", type.keyFields()) + "=…]");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> key : override.keys().entrySet()) {
            fields.put(key.getKey(), value(type.field(key.getKey()).orElseThrow(), override, key.getValue()));
        }
        if (value != null) {
            fields.put(field.name(), value);
        }
        for (FieldInfo f : type.fields().values()) {
            if (f.required() && !fields.containsKey(f.name())) {
                throw Override.bad(override.text(), "adds a " + type.name() + " fact without its required field '" + f.name() + "'",
                        "set it first, e.g. --set '" + override.selector() + "." + f.name() + "=…'");
            }
        }
        return new Fact(null, type.name(), fields, List.of(WHAT_IF), null, null, Location.of("--set"));
    }

    private static Fact edit(Fact fact, String field, Object value) {
        Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        List<String> sources = new ArrayList<>(fact.sources());
        if (!sources.contains(WHAT_IF)) {
            sources.add(WHAT_IF);
        }
        return new Fact(fact.id(), fact.type(), fields, sources, null, fact.note(), fact.location());
    }

    private static FieldInfo field(FactTypeInfo type, String name, Override override) {
        return type.field(name).orElseThrow(() -> Override.bad(override.text(),
                type.name() + " has no field '" + name + "'" + Texts.didYouMean(name, type.fields().keySet()),
                "fields: " + String.join(", ", type.fields().keySet())));
    }

    private Object value(FieldInfo field, Override override) {
        return value(field, override, override.value());
    }

    private static Object value(FieldInfo field, Override override, String written) {
        Node node = DocumentReader.parse(written, Format.YAML, "--set");
        Optional<Object> value = node instanceof ScalarNode scalar ? FieldValues.convert(field, scalar) : Optional.empty();
        return value.orElseThrow(() -> Override.bad(override.text(),
                "'" + written + "' is not a value of " + field.name() + Texts.didYouMean(written, field.allowed()),
                field.name() + " takes " + FieldValues.expected(field)));
    }
}
