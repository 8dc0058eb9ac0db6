package org.readiness.model;

/**
 * One thing that would have to change for a criterion to become MET.
 *
 * @param action what to do, in the words of a rule's remedy or of the engine when evidence is missing
 * @param step   the practical step it belongs to (a criterion id); null when the change is to gather evidence
 * @param rule   the rule whose remedy this is; null when the engine derived it
 */
public record Change(String action, String step, String rule) {
}
