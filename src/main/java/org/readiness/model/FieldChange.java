package org.readiness.model;

/**
 * One field that differs between two versions of a fact or source.
 *
 * @param field a declared field, or {@code sources}, {@code observed}, {@code note} for a fact's envelope
 * @param from  the value before, as in {@link Fact#fields()} (a list of ids for {@code sources}); null when absent
 * @param to    the value after; null when absent
 */
public record FieldChange(String field, Object from, Object to) {
}
