package org.readiness.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How likely GO is for a fact set some of whose fields are given as distributions: each combination of
 * their values is one case, evaluated like a fact set of its own.
 *
 * @param cases       combinations evaluated: all of them (EXACT) or the samples drawn (MONTE_CARLO)
 * @param seed        the seed the samples were drawn with; null for EXACT
 * @param go          the probability of GO
 * @param goInterval  its 95% confidence interval
 * @param criteria    every criterion's odds, in declaration order
 * @param sensitivity the uncertain fields, those that move the verdict most first
 */
public record SweepResult(String scenario, String origin, LocalDate asOf, List<String> overrides, SweepMethod method,
                          long cases, Long seed, double go, Interval goInterval, List<CriterionOdds> criteria,
                          List<FieldSensitivity> sensitivity, EvidencePolicy evidencePolicy, SweepRecord record) {

    public SweepResult {
        overrides = List.copyOf(overrides);
        criteria = List.copyOf(criteria);
        sensitivity = List.copyOf(sensitivity);
    }

    /**
     * The blocking criteria that can stop a GO, the most often first (to nine decimals, so that sums of
     * weights that differ in the last bit do not reorder equals), in declaration order among equals.
     */
    public List<CriterionOdds> blockers() {
        return criteria.stream().filter(c -> c.blocks() > 1e-12)
                .sorted((a, b) -> Long.compare(Math.round(b.blocks() * 1e9), Math.round(a.blocks() * 1e9))).toList();
    }
}
