package org.readiness.model;

import java.util.List;

/**
 * What would have to change for a NO-GO to become GO: the smallest set of fact edits, within the
 * declared allowed values, that turns the verdict (design §5), found by re-evaluating variations of the
 * fact set. When no edit set within the bounds gives GO, the closest one: the fewest blocking criteria
 * left, then the fewest edits.
 *
 * @param found        true when {@code groups} turn the verdict to GO
 * @param groups       the edits, grouped by the blocking criteria they serve, in criterion order
 * @param stillBlocking the blocking criteria not MET even after the edits; empty when found
 * @param criteria     for each blocking criterion not MET, the fewest edits that make it MET on its own
 */
public record Counterfactual(boolean found, List<EditGroup> groups, List<String> stillBlocking,
                             List<CriterionEdits> criteria, SearchRecord search) {

    public Counterfactual {
        groups = List.copyOf(groups);
        stillBlocking = List.copyOf(stillBlocking);
        criteria = List.copyOf(criteria);
    }

    /** Every edit, in group order. */
    public List<FactEdit> edits() {
        return groups.stream().flatMap(g -> g.edits().stream()).toList();
    }

    /** How many distinct facts the edits touch. */
    public long factCount() {
        return edits().stream().map(FactEdit::fact).distinct().count();
    }

    /** The what-if overrides ({@code --set}) that replay the edits. */
    public List<String> overrides() {
        return edits().stream().map(FactEdit::override).filter(o -> o != null).toList();
    }
}
