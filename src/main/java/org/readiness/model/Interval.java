package org.readiness.model;

/**
 * A confidence interval for a probability.
 *
 * @param level  e.g. 0.95
 * @param method {@code "wilson"} (Wilson score interval, sound near 0 and 1 where the normal
 *               approximation is not) or {@code "exact"} (no sampling error: lower = upper)
 */
public record Interval(double lower, double upper, double level, String method) {
}
