package org.readiness.model;

/**
 * One value of an uncertain field in a sweep.
 *
 * @param probability how likely the fact set says the value is
 * @param go          the probability of GO when the field has this value; null when no sample drew it
 */
public record ValueOdds(Object value, double probability, Double go) {
}
