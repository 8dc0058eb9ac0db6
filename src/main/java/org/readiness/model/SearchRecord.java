package org.readiness.model;

/**
 * The bounds a counterfactual search ran within, and how far it got. Same fact set, rules and bounds,
 * same answer: the search is exhaustive in a fixed order, and {@code variations} counts its work. Only
 * the time budget depends on the machine, and when it cuts a search, {@code stoppedBy} says so.
 *
 * @param maxEdits      no edit set larger than this was considered
 * @param maxVariations at most this many variations of the fact set were evaluated per search
 * @param timeBudgetMillis the wall-clock budget for all the searches together
 * @param variations    how many variations were evaluated, in all
 * @param complete      true when every answer is proven: minimal, or none exists within {@code maxEdits}
 * @param stoppedBy     {@code "variations"} or {@code "time"} when a search was cut short; null when complete
 */
public record SearchRecord(int maxEdits, int maxVariations, long timeBudgetMillis, int variations,
                           boolean complete, String stoppedBy) {
}
