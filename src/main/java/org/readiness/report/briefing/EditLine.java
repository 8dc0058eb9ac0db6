package org.readiness.report.briefing;

import org.readiness.model.FactEdit;

/**
 * One edit of a counterfactual in a reader's words: a field's value now and the value GO needs
 * ("scope: energy infrastructure → comprehensive"), or, for adding a fact or confirming one, a sentence.
 *
 * @param field the field in words; null for ADD and CONFIRM, which have only {@code text}
 * @param from  the value now, in words ("not stated" when unknown); null for ADD and CONFIRM
 * @param to    the value assumed, in words; null for ADD and CONFIRM
 * @param text  what ADD and CONFIRM do; null for SET
 */
public record EditLine(FactEdit.Kind kind, String field, String from, String to, String text) {

    static EditLine of(FactEdit edit) {
        return switch (edit.kind()) {
            case SET -> new EditLine(edit.kind(), Words.field(edit.field()), Words.choice(edit.from()), Words.choice(edit.to()), null);
            case ADD -> new EditLine(edit.kind(), null, null, null, "add it: the fact set states none");
            case CONFIRM -> new EditLine(edit.kind(), null, null, null,
                    "confirm it as stated (no change): the evidence on record is too old or too weakly sourced to count");
        };
    }

    /** A CSS class name: {@code set}, {@code add}, {@code confirm}. */
    public String css() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
