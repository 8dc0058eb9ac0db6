package org.readiness.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.facts.Overrides;
import org.readiness.model.Fact;
import org.readiness.model.FactEdit;
import org.readiness.model.FactSet;
import org.readiness.model.Location;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;

/**
 * Every edit a counterfactual may make to one fact set, numbered in a fixed order so that edit sets can
 * be compared and searched deterministically:
 * <ul>
 *   <li>set an enum or Boolean field to another of its allowed values (never a {@code @key} or
 *       {@code @fixed} field, never back to unknown);</li>
 *   <li>add a fact of a type the set lacks, when the type has no key fields (a key such as
 *       {@code ThreatAssessment.actor} is free text the search cannot invent), then set its fields;</li>
 *   <li>confirm a weak fact as stated: fresh evidence from a well-graded source.</li>
 * </ul>
 * An edited, added or confirmed fact is an assumption, not evidence: like a {@code --set} override, it
 * counts as resting on the reserved {@code what-if} source ({@link Overrides#WHAT_IF}), dated the fact set's asOf.
 */
final class EditSpace {

    /** A field of a fact that edits may set: its allowed values, and the one it has (-1: unknown). */
    record Slot(int fact, FieldInfo field, List<Object> values, int current) {
    }

    /**
     * One edit. {@code distance} breaks ties between edit sets of equal size: the value nearest the
     * current one in the declared order is the smaller change (an unknown field is one step from any).
     */
    record Edit(FactEdit.Kind kind, int fact, int slot, int value, int distance) {
    }

    private final FactSet base;
    private final FactCatalog catalog;
    private final List<Fact> facts = new ArrayList<>();
    private final boolean[] weak;
    private final List<Slot> slots = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<int[]> slotsOfFact = new ArrayList<>();
    private final List<int[]> editsOfSlot = new ArrayList<>();
    private final int[] confirmOf;
    private final int[] addOf;
    private final Map<String, List<Integer>> factsOfType = new LinkedHashMap<>();

    EditSpace(FactSet base, FactCatalog catalog, boolean[] baseWeak, FieldChoices choices) {
        this.base = base;
        this.catalog = catalog;
        facts.addAll(base.facts());
        for (FactTypeInfo type : catalog.types()) {
            factsOfType.put(type.name(), new ArrayList<>());
        }
        for (int f = 0; f < facts.size(); f++) {
            factsOfType.get(facts.get(f).type()).add(f);
        }
        for (FactTypeInfo type : catalog.types()) {
            if (type.keyFields().isEmpty() && factsOfType.get(type.name()).isEmpty()) {
                factsOfType.get(type.name()).add(facts.size());
                facts.add(new Fact(type.name(), type.name(), Map.of(), List.of(Overrides.WHAT_IF), null, null,
                        Location.of("counterfactual")));
            }
        }
        weak = new boolean[facts.size()];
        System.arraycopy(baseWeak, 0, weak, 0, baseWeak.length);
        confirmOf = new int[facts.size()];
        addOf = new int[facts.size()];
        for (int f = 0; f < facts.size(); f++) {
            confirmOf[f] = -1;
            addOf[f] = -1;
            if (virtual(f)) {
                addOf[f] = edits.size();
                edits.add(new Edit(FactEdit.Kind.ADD, f, -1, -1, 0));
            } else if (weak[f]) {
                confirmOf[f] = edits.size();
                edits.add(new Edit(FactEdit.Kind.CONFIRM, f, -1, -1, 0));
            }
            Fact fact = facts.get(f);
            FactTypeInfo type = catalog.type(fact.type()).orElseThrow();
            int[] own = new int[type.fields().size()];
            int owned = 0;
            for (FieldInfo field : type.fields().values()) {
                FieldChoices.Choices offered = choices.of(type.name(), field.name());
                if (offered == null) {
                    continue;
                }
                Object value = fact.fields().get(field.name());
                int current = value == null ? -1 : offered.values().indexOf(value);
                int slot = slots.size();
                slots.add(new Slot(f, field, offered.values(), current));
                own[owned++] = slot;
                int[] tries = offered.triesFrom(current);
                int[] ofSlot = new int[tries.length];
                for (int i = 0; i < tries.length; i++) {
                    ofSlot[i] = edits.size();
                    edits.add(new Edit(FactEdit.Kind.SET, f, slot, tries[i], current < 0 ? 1 : Math.abs(tries[i] - current)));
                }
                editsOfSlot.add(ofSlot);
            }
            slotsOfFact.add(Arrays.copyOf(own, owned));
        }
    }

    FactSet base() {
        return base;
    }

    FactCatalog catalog() {
        return catalog;
    }

    /** A fact the set lacks, which an ADD edit brings in. */
    boolean virtual(int fact) {
        return fact >= base.facts().size();
    }

    Fact fact(int index) {
        return facts.get(index);
    }

    boolean weak(int fact) {
        return weak[fact];
    }

    Edit edit(int id) {
        return edits.get(id);
    }

    Slot slot(int id) {
        return slots.get(id);
    }

    int[] slotsOf(int fact) {
        return slotsOfFact.get(fact);
    }

    int[] editsOf(int slot) {
        return editsOfSlot.get(slot);
    }

    /** The CONFIRM edit of a weak fact, or -1. */
    int confirmOf(int fact) {
        return confirmOf[fact];
    }

    /** The ADD edit of a fact the set lacks, or -1. */
    int addOf(int fact) {
        return addOf[fact];
    }

    /** The facts of a type, present and addable. */
    List<Integer> factsOf(String type) {
        return factsOfType.getOrDefault(type, List.of());
    }

    /** The facts of {@code variant} applied to the base: what the engine is given, and where each came from. */
    record Applied(List<Fact> facts, boolean[] weak, int[] origin) {
    }

    /**
     * The fact set with {@code variant}'s edits made, restricted to facts of {@code types} (the rules being
     * judged read no others). Edited, added and confirmed facts cite {@link Overrides#WHAT_IF} and are never weak.
     */
    Applied apply(Variant variant, Set<String> types) {
        List<Fact> out = new ArrayList<>(facts.size());
        int[] origin = new int[facts.size()];
        boolean[] weakness = new boolean[facts.size()];
        int[] ids = variant.edits();
        int e = 0;
        for (int f = 0; f < facts.size(); f++) {
            int first = e;
            while (e < ids.length && edits.get(ids[e]).fact() == f) {
                e++;
            }
            boolean touched = e > first;
            if ((virtual(f) && !touched) || !types.contains(facts.get(f).type())) {
                continue;
            }
            origin[out.size()] = f;
            weakness[out.size()] = !touched && weak[f];
            out.add(touched ? edited(facts.get(f), ids, first, e) : facts.get(f));
        }
        return new Applied(out, Arrays.copyOf(weakness, out.size()), Arrays.copyOf(origin, out.size()));
    }

    private Fact edited(Fact fact, int[] ids, int from, int to) {
        Map<String, Object> fields = new LinkedHashMap<>(fact.fields());
        for (int i = from; i < to; i++) {
            Edit edit = edits.get(ids[i]);
            if (edit.kind() == FactEdit.Kind.SET) {
                Slot slot = slots.get(edit.slot());
                fields.put(slot.field().name(), slot.values().get(edit.value()));
            }
        }
        List<String> sources = new ArrayList<>(fact.sources());
        if (!sources.contains(Overrides.WHAT_IF)) {
            sources.add(Overrides.WHAT_IF);
        }
        return new Fact(fact.id(), fact.type(), fields, sources, null, fact.note(), fact.location());
    }
}
