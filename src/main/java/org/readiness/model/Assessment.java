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
 * @param counterfactual what would have to change for a GO; null for GO, or when not computed
 */
public record Assessment(String scenario, String description, String origin, LocalDate asOf, Verdict verdict,
                         List<CriterionResult> criteria, List<String> notMet, List<String> unknown,
                         List<Source> sources, EvidencePolicy evidencePolicy, Provenance provenance,
                         List<String> overrides, Counterfactual counterfactual) {

    public Assessment {
        criteria = List.copyOf(criteria);
        notMet = List.copyOf(notMet);
        unknown = List.copyOf(unknown);
        sources = List.copyOf(sources);
        overrides = List.copyOf(overrides);
    }

    /** An assessment without a counterfactual, as evaluation makes it. */
    public Assessment(String scenario, String description, String origin, LocalDate asOf, Verdict verdict,
                      List<CriterionResult> criteria, List<String> notMet, List<String> unknown,
                      List<Source> sources, EvidencePolicy evidencePolicy, Provenance provenance,
                      List<String> overrides) {
        this(scenario, description, origin, asOf, verdict, criteria, notMet, unknown, sources, evidencePolicy,
                provenance, overrides, null);
    }

    public Assessment withCounterfactual(Counterfactual computed) {
        return new Assessment(scenario, description, origin, asOf, verdict, criteria, notMet, unknown, sources,
                evidencePolicy, provenance, overrides, computed);
    }

}
