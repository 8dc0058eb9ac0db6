package org.readiness.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One scenario: what is known as of a date, from which sources.
 *
 * @param description what the scenario is, in the author's words; may be null
 * @param origin the file it was read from, or a label such as {@code <request>}
 * @param hash   {@code sha256:…} of the canonical content, so that an assessment can be replayed
 * @param overrides the what-if edits applied to the file's facts, as written ({@code Ceasefire.scope=comprehensive})
 * @param uncertain the fields given as distributions rather than values (which their facts leave out);
 *                  empty for a fact set that can be evaluated as it is
 */
public record FactSet(String scenario, String description, LocalDate asOf, List<Source> sources, List<Fact> facts,
                      String origin, String hash, List<String> overrides, List<UncertainField> uncertain) {

    public FactSet {
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        overrides = List.copyOf(overrides);
        uncertain = List.copyOf(uncertain);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
