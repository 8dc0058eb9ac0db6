package org.readiness.facts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.readiness.document.DocumentReader;
import org.readiness.document.Format;
import org.readiness.document.ListNode;
import org.readiness.document.MapNode;
import org.readiness.document.MappingReader;
import org.readiness.document.Node;
import org.readiness.document.ProblemCollector;
import org.readiness.document.ScalarNode;
import org.readiness.document.Texts;
import org.readiness.model.Credibility;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.ProblemCode;
import org.readiness.model.Reliability;
import org.readiness.model.Source;
import org.readiness.model.UncertainField;
import org.readiness.model.UncertainField.Outcome;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;

/**
 * Reads a fact set (YAML or JSON, the same model) and validates it against the fact types the rules
 * declare. Every problem in the file is reported at once, each with its line, column and field path.
 *
 * <pre>
 * scenario: Coalition planning, March 2025
 * asOf: 2025-03-21
 * sources:
 *   - {id: pew, title: …, publisher: …, date: 2025-03-01, reliability: A, credibility: 2}
 * facts:
 *   - type: PublicOpinion
 *     country: US
 *     topic: troop-deployment
 *     level: low
 *     sources: [pew]
 * </pre>
 */
public final class FactSetReader {

    private static final List<String> TOP = List.of("scenario", "description", "asOf", "sources", "facts");
    private static final List<String> SOURCE = List.of("id", "title", "publisher", "date", "url", "reliability", "credibility");
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final FactCatalog catalog;
    private final ProblemCollector problems = new ProblemCollector();
    private final List<UncertainField> uncertain = new ArrayList<>();

    private FactSetReader(FactCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads and validates a fact file; its path as given names it in messages and in the assessment. */
    public static FactSet read(Path file, FactCatalog catalog) {
        return new FactSetReader(catalog).factSet(DocumentReader.read(file), file.toString());
    }

    /**
     * Validates raw bytes (strict UTF-8) that did not come from a file; {@code name} labels messages and
     * its extension (.json, .yaml) tells the format, else the content does.
     */
    public static FactSet parse(byte[] content, String name, FactCatalog catalog) {
        return new FactSetReader(catalog).factSet(DocumentReader.parse(content, name), name);
    }

    /** Validates a fact set that did not come from a file, e.g. a request body labelled {@code origin}. */
    public static FactSet parse(String content, Format format, String origin, FactCatalog catalog) {
        return new FactSetReader(catalog).factSet(DocumentReader.parse(content, format, origin), origin);
    }

    /**
     * Validates a fact set that is part of a larger document (the inline facts of a rule test), so that
     * problems name their place in that document.
     */
    public static FactSet read(Node root, String origin, FactCatalog catalog) {
        return new FactSetReader(catalog).factSet(root, origin);
    }

    private FactSet factSet(Node root, String origin) {
        MappingReader top = problems.orThrow(MappingReader.of(root, "", "a fact set", problems));
        top.rejectUnknown(TOP, "a fact set");
        Optional<String> scenario = top.text("scenario", true);
        Optional<String> description = top.text("description", false);
        Optional<LocalDate> asOf = top.date("asOf", true);
        List<Source> sources = top.list("sources", false).map(list -> sources(list, asOf)).orElse(List.of());
        List<Fact> facts = top.list("facts", true).map(list -> facts(list, sources, asOf)).orElse(List.of());
        problems.throwIfAny();
        List<Fact> named = FactIds.name(facts, catalog);
        List<UncertainField> distributions = uncertain.stream()
                .map(u -> new UncertainField(u.fact(), named.get(u.fact()).id(), u.field(), u.outcomes(), u.location()))
                .toList();
        return CanonicalHash.hashed(new FactSet(scenario.get(), description.orElse(null), asOf.get(), sources,
                named, origin, "", List.of(), distributions));
    }

    private List<Source> sources(ListNode list, Optional<LocalDate> asOf) {
        List<Source> sources = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            MappingReader.of(item, "sources[" + i + "]", "a source", problems).ifPresent(source -> {
                source.rejectUnknown(SOURCE, "a source");
                Optional<String> id = source.text("id", true);
                Optional<String> title = source.text("title", true);
                Optional<String> publisher = source.text("publisher", false);
                Optional<LocalDate> date = source.date("date", true);
                Optional<String> url = source.text("url", false);
                Optional<Reliability> reliability = source.text("reliability", true).flatMap(r -> reliability(r, source));
                Optional<Credibility> credibility = source.integer("credibility", true, 1, 6).map(Credibility::ofGrade);
                id.ifPresent(value -> {
                    if (value.equals(Overrides.WHAT_IF)) {
                        source.notAllowed("id", "the source id '" + Overrides.WHAT_IF + "' is reserved for what-if overrides", "choose another id");
                    } else if (!SOURCE_ID.matcher(value).matches()) {
                        source.notAllowed("id", "source id '" + value + "' has characters other than letters, digits, '.', '_' and '-'",
                                "write it like 'pew-2025-03'");
                    }
                    Integer first = seen.putIfAbsent(value, item.location().line());
                    if (first != null) {
                        problems.add(ProblemCode.DUPLICATE_ID, item.location(), source.pathOf("id"),
                                "source '" + value + "' is already declared at line " + first, "give each source its own id");
                    }
                });
                date.ifPresent(d -> afterAsOf(d, asOf, source, "date"));
                if (id.isPresent() && title.isPresent() && date.isPresent() && reliability.isPresent() && credibility.isPresent()) {
                    sources.add(new Source(id.get(), title.get(), publisher.orElse(null), date.get(), url.orElse(null),
                            reliability.get(), credibility.get()));
                }
            });
        }
        return sources;
    }

    private static Optional<Reliability> reliability(String text, MappingReader source) {
        try {
            return Optional.of(Reliability.valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            source.notAllowed("reliability", "reliability is graded A (completely reliable) to F (cannot be judged), not '"
                    + Texts.abbreviate(text, 20) + "'", null);
            return Optional.empty();
        }
    }

    private void afterAsOf(LocalDate date, Optional<LocalDate> asOf, MappingReader where, String key) {
        if (asOf.isPresent() && date.isAfter(asOf.get())) {
            problems.add(ProblemCode.DATE_AFTER_AS_OF, where.node().get(key).location(), where.pathOf(key),
                    key + " " + date + " is after the fact set's asOf " + asOf.get(),
                    "a fact set describes what was known on its asOf date: fix the date or move asOf");
        }
    }

    private List<Fact> facts(ListNode list, List<Source> sources, Optional<LocalDate> asOf) {
        // A set: every citation of every fact is looked up in it
        Set<String> sourceIds = new LinkedHashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "facts[" + i + "]";
            MappingReader.of(list.items().get(i), path, "a fact", problems)
                    .flatMap(fact -> fact(fact, sourceIds, asOf, facts.size()))
                    .ifPresent(facts::add);
        }
        return facts;
    }

    private Optional<Fact> fact(MappingReader fact, Set<String> sourceIds, Optional<LocalDate> asOf, int index) {
        Optional<String> typeName = fact.text("type", true);
        if (typeName.isEmpty()) {
            return Optional.empty();
        }
        Optional<FactTypeInfo> type = catalog.type(typeName.get());
        if (type.isEmpty()) {
            problems.add(ProblemCode.UNKNOWN_TYPE, fact.node().get("type").location(), fact.pathOf("type"),
                    "no fact type named '" + typeName.get() + "'" + Texts.didYouMean(typeName.get(), catalog.names()),
                    "declared types: " + String.join(", ", catalog.names()));
            return Optional.empty();
        }
        int before = problems.size();
        List<String> known = new ArrayList<>(type.get().fields().keySet());
        known.addAll(FactCatalog.ENVELOPE);
        fact.rejectUnknown(known, type.get().name());
        List<String> cited = citations(fact, sourceIds);
        Optional<LocalDate> observed = fact.date("observed", false);
        observed.ifPresent(d -> afterAsOf(d, asOf, fact, "observed"));
        Optional<String> note = fact.text("note", false);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldInfo field : type.get().fields().values()) {
            Optional<Node> node = fact.get(field.name(), field.required());
            if (node.isPresent() && node.get() instanceof MapNode distribution && !field.mayBeUncertain()) {
                problems.add(ProblemCode.WRONG_TYPE, distribution.location(), fact.pathOf(field.name()),
                        type.get().name() + "." + field.name() + " takes " + FieldValues.expected(field) + ", not a mapping",
                        field.key() ? "a key field names the fact, so it cannot be given as a distribution"
                                : "a distribution (value: probability) is only for fields with declared values");
            } else if (node.isPresent() && node.get() instanceof MapNode distribution) {
                Distributions.read(field, distribution, type.get().name(), fact.pathOf(field.name()), problems)
                        .ifPresent(outcomes -> uncertain(index, field.name(), outcomes, distribution, values));
            } else {
                node.flatMap(n -> FieldValues.read(field, n, type.get().name(), fact.pathOf(field.name()), problems))
                        .ifPresent(value -> values.put(field.name(), value));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Fact(null, type.get().name(), values, cited, observed.orElse(null), note.orElse(null),
                fact.node().location()));
    }

    /** A distribution with one possible value is that value; otherwise the fact leaves the field unknown. */
    private void uncertain(int fact, String field, List<Outcome> outcomes, MapNode node, Map<String, Object> values) {
        List<Outcome> possible = outcomes.stream().filter(o -> o.probability() > 0).toList();
        if (possible.size() == 1) {
            values.put(field, possible.get(0).value());
        } else {
            uncertain.add(new UncertainField(fact, null, field, outcomes, node.location()));
        }
    }

    private List<String> citations(MappingReader fact, Set<String> sourceIds) {
        List<String> cited = new ArrayList<>();
        fact.list("sources", false).ifPresent(list -> {
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String path = fact.pathOf("sources") + "[" + i + "]";
                if (!(item instanceof ScalarNode scalar) || scalar.kind() == ScalarNode.Kind.NULL) {
                    problems.add(ProblemCode.WRONG_TYPE, item.location(), path,
                            "a citation is a source id, not " + item.describe(), null);
                } else if (!sourceIds.contains(scalar.text())) {
                    problems.add(ProblemCode.UNKNOWN_SOURCE, item.location(), path,
                            "no source with id '" + scalar.text() + "'" + Texts.didYouMean(scalar.text(), sourceIds),
                            sourceIds.isEmpty() ? "declare it under 'sources:'" : "declared sources: " + String.join(", ", sourceIds));
                } else if (!cited.contains(scalar.text())) {
                    cited.add(scalar.text());
                }
            }
        });
        return cited;
    }
}
