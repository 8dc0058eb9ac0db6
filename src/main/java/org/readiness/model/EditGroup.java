package org.readiness.model;

import java.util.List;

/**
 * Edits that serve the same blocking criteria: criteria whose rules read the same fact types are
 * searched together, since an edit for one can undo another.
 *
 * @param criteria the blocking criteria these edits make MET, in declaration order
 */
public record EditGroup(List<String> criteria, List<FactEdit> edits) {

    public EditGroup {
        criteria = List.copyOf(criteria);
        edits = List.copyOf(edits);
    }
}
