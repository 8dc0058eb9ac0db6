package org.readiness.model;

import java.util.List;

/**
 * A fact that differs between two fact sets, matched by its id ({@code Support[party=US]}).
 *
 * @param before the fact in the first set; null when added
 * @param after  the fact in the second set; null when removed
 * @param fields what changed, for CHANGED; empty otherwise
 */
public record FactChange(Kind kind, String fact, String type, Fact before, Fact after, List<FieldChange> fields) {

    /** How a fact or source differs. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    public FactChange {
        fields = List.copyOf(fields);
    }
}
