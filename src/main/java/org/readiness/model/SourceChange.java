package org.readiness.model;

import java.util.List;

/**
 * A source that differs between two fact sets, matched by its id. A regraded or redated source changes
 * what the facts citing it can prove.
 *
 * @param fields what changed (title, publisher, date, url, grade), for CHANGED
 */
public record SourceChange(FactChange.Kind kind, String source, Source before, Source after, List<FieldChange> fields) {

    public SourceChange {
        fields = List.copyOf(fields);
    }
}
