package org.readiness.model;

import java.util.List;

/**
 * The fewest edits that make one blocking criterion MET on its own (whatever they do to the others).
 *
 * @param found false when no edit set within the search's bounds makes it MET
 * @param edits the edits, in fact-set order; empty when not found
 * @param note  why none was found (e.g. a fact the search cannot add); null when found
 */
public record CriterionEdits(String criterion, boolean found, List<FactEdit> edits, String note) {

    public CriterionEdits {
        edits = List.copyOf(edits);
    }
}
