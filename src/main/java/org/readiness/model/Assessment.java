package org.readiness.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The GO / NO-GO answer for one fact set, with every criterion's status and the reasons behind them.
 *
 * @param description the fact set's description of the scenario; may be null
 * @param notMet  the blocking criteria with evidence against them
 * @param unknown the blocking criteria without (good) evidence: a different message from {@code notMet}
 * @param overrides the what-if edits the assessment assumed, as written
 */
public record Assessment(String scenario, String description, String origin, LocalDate asOf, Verdict verdict,
                         List<CriterionResult> criteria, List<String> notMet, List<String> unknown,
                         List<Source> sources, EvidencePolicy evidencePolicy, Provenance provenance,
                         List<String> overrides) {

    public Assessment {
        criteria = List.copyOf(criteria);
        notMet = List.copyOf(notMet);
        unknown = List.copyOf(unknown);
        sources = List.copyOf(sources);
        overrides = List.copyOf(overrides);
    }
}
