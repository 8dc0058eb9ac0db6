package org.readiness.model;

/**
 * One edit of a fact set that a counterfactual assumes: a field set to one of its allowed values, a
 * missing fact added, or a weak fact confirmed as stated. Each counts as one edit.
 *
 * @param fact     the id of the fact edited ({@code Support[party=US]}); for an added fact, the id it gets
 * @param field    the field set; null for ADD and CONFIRM
 * @param from     the value before, as in {@link Fact#fields()}; null when the field was unknown, and for ADD and CONFIRM
 * @param to       the value assumed; null for ADD and CONFIRM
 * @param override the what-if override ({@code --set}) that replays the edit; null for an ADD that the
 *                 following SETs on the same fact replay
 */
public record FactEdit(Kind kind, String fact, String type, String field, Object from, Object to, String override) {

    /** What the edit does. */
    public enum Kind {
        /** Set a field to one of its allowed values. */
        SET,
        /** Add a fact the fact set lacks. */
        ADD,
        /**
         * Confirm a fact as stated: new evidence, recent and from a well-graded source, for a fact whose
         * evidence is too old or too weak to make a criterion MET.
         */
        CONFIRM
    }
}
