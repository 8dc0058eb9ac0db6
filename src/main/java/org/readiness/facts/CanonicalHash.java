package org.readiness.facts;

import java.util.Map;
import org.readiness.document.Digest;
import org.readiness.model.Fact;
import org.readiness.model.FactSet;
import org.readiness.model.Source;
import org.readiness.model.UncertainField;

/**
 * The hash of what a fact set says, not of how it was written: the same facts in YAML or JSON, with other
 * comments or key order within a fact, hash the same; any change of value changes it.
 */
public final class CanonicalHash {

    private CanonicalHash() {
    }

    /** The same fact set with its hash computed. */
    public static FactSet hashed(FactSet facts) {
        return new FactSet(facts.scenario(), facts.description(), facts.asOf(), facts.sources(), facts.facts(),
                facts.origin(), of(facts), facts.overrides(), facts.uncertain());
    }

    public static String of(FactSet facts) {
        Digest digest = new Digest().add("readiness.facts/1").add(facts.scenario())
                .add(String.valueOf(facts.description())).add(facts.asOf().toString());
        for (Source s : facts.sources()) {
            digest.add("source").add(s.id()).add(s.title()).add(String.valueOf(s.publisher())).add(s.date().toString())
                    .add(String.valueOf(s.url())).add(s.grade());
        }
        for (Fact f : facts.facts()) {
            digest.add("fact").add(f.type()).add(String.valueOf(f.observed())).add(String.valueOf(f.note()))
                    .add(String.join(",", f.sources()));
            f.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> digest.add(e.getKey()).add(e.getValue().getClass().getSimpleName()).add(e.getValue().toString()));
        }
        for (UncertainField u : facts.uncertain()) {
            digest.add("uncertain").add(String.valueOf(u.fact())).add(u.field());
            u.outcomes().forEach(o -> digest.add(o.value().getClass().getSimpleName()).add(o.value().toString())
                    .add(Double.toString(o.probability())));
        }
        return digest.finish();
    }
}
