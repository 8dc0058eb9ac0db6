package org.readiness.model;

import java.util.List;

/**
 * How much one uncertain field moves the verdict.
 *
 * @param index the share of the verdict's variance this field explains on its own (the first-order
 *              sensitivity index, or correlation ratio): {@code Var(P(GO | field)) / Var(GO)}, from 0
 *              (the verdict does not depend on it) to 1 (it alone decides); 0 when the verdict never varies
 * @param values P(GO) for each of its values
 */
public record FieldSensitivity(UncertainField field, double index, List<ValueOdds> values) {

    public FieldSensitivity {
        values = List.copyOf(values);
    }
}
