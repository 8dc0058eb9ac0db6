package org.readiness.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One typed fact of a fact set, as the author wrote it, validated against the declared fact types.
 *
 * <p>Field values are {@link String}, {@link Boolean}, {@link Long}, {@link Double} or {@link LocalDate};
 * a value of a DRL enum is its fact-file spelling ({@code energy-infrastructure}). Absent fields are
 * absent from the map: unknown is not the same as false or zero.
 *
 * @param id       how people and selectors name this fact: the type and its key fields
 *                 ({@code Support[party=US]}), or the bare type when the set has one fact of it
 * @param observed when the fact was observed; may be null, then its sources' dates stand for it
 * @param note     the author's free-text remark; may be null
 */
public record Fact(String id, String type, Map<String, Object> fields, List<String> sources,
                   LocalDate observed, String note, Location location) {

    public Fact {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        sources = List.copyOf(sources);
    }
}
