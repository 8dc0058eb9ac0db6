package org.readiness.model;

/**
 * A precondition or a practical step, declared in {@code rules/criteria.yaml} so that policy staff can
 * add, retitle or make one advisory without touching Java.
 *
 * @param wording  the article's own words for it
 * @param location where criteria.yaml declares it (its id): problems about the criterion point there
 */
public record Criterion(String id, String title, CriterionKind kind, boolean blocking, String wording, Location location) {
}
