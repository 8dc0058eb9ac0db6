package org.readiness.model;

import java.util.List;

/**
 * A field whose value the fact set gives as a distribution rather than a value, e.g.
 * {@code political: {committed: 0.3, conditional: 0.3, uncertain: 0.4}}. The fact itself leaves the
 * field out (unknown) until a sweep samples it.
 *
 * @param fact     the position of the fact in {@link FactSet#facts()}
 * @param factId   the fact's id, for people ({@code Support[party=US]})
 * @param outcomes the values it may take, in the order written, with probabilities summing to 1
 * @param location where the distribution is written
 */
public record UncertainField(int fact, String factId, String field, List<Outcome> outcomes, Location location) {

    /** One value an uncertain field may take, and how likely it is. */
    public record Outcome(Object value, double probability) {
    }

    public UncertainField {
        outcomes = List.copyOf(outcomes);
    }

    /** {@code Support[party=US].political}: how selectors and overrides name it. */
    public String path() {
        return factId + "." + field;
    }
}
