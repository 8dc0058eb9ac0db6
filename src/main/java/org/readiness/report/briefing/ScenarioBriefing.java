package org.readiness.report.briefing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.readiness.model.Assessment;
import org.readiness.model.CriterionKind;
import org.readiness.model.CriterionResult;
import org.readiness.model.Fact;
import org.readiness.model.Finding;
import org.readiness.model.Source;
import org.readiness.model.Verdict;

/**
 * One assessment arranged for a briefing.
 *
 * @param anchorPrefix prefixes the document's anchors, so that several scenarios in one document keep
 *                     their links apart ({@code s2-criterion-ceasefire}); empty for a single scenario
 */
public record ScenarioBriefing(Assessment assessment, String anchorPrefix) {

    /** Preconditions, then practical steps, each in the rule set's order. */
    public List<CriterionGroup> groups() {
        List<CriterionGroup> groups = new ArrayList<>();
        for (CriterionKind kind : CriterionKind.values()) {
            List<CriterionResult> results = assessment.criteria().stream().filter(c -> c.criterion().kind() == kind).toList();
            if (!results.isEmpty()) {
                groups.add(new CriterionGroup(kind, results));
            }
        }
        return groups;
    }

    public Optional<CriterionResult> result(String criterionId) {
        return assessment.criteria().stream().filter(c -> c.id().equals(criterionId)).findFirst();
    }

    /** "5 of 5 blocking criteria are not met.", "All 5 blocking criteria are met.", "1 of 1 blocking criterion is not met." */
    public String verdictReason() {
        long blocking = assessment.criteria().stream().filter(c -> c.criterion().blocking()).count();
        String criteria = blocking == 1 ? " blocking criterion" : " blocking criteria";
        if (assessment.verdict() == Verdict.GO) {
            return (blocking == 1 ? "The" : "All " + blocking) + criteria + (blocking == 1 ? " is met." : " are met.");
        }
        int failing = assessment.notMet().size() + assessment.unknown().size();
        return failing + " of " + blocking + criteria + (failing == 1 ? " is not met." : " are not met.");
    }

    /** A criterion's title, or its id when this assessment does not judge it. */
    public String title(String criterionId) {
        return result(criterionId).map(c -> c.criterion().title()).orElse(criterionId);
    }

    public List<String> titles(List<String> criterionIds) {
        return criterionIds.stream().map(this::title).toList();
    }

    /** Every fact the criterion's findings rest on, each once, in the order the findings cite them. */
    public List<Fact> facts(CriterionResult criterion) {
        Set<Fact> facts = new LinkedHashSet<>();
        criterion.findings().forEach(f -> facts.addAll(f.facts()));
        return List.copyOf(facts);
    }

    public List<Citation> citations(Fact fact) {
        Map<String, Source> sources = assessment.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        return fact.sources().stream().map(id -> new Citation(id, sources.get(id))).toList();
    }

    /** "kremlin-statement (B2, 2025-03-18), article (C3, 2025-03-21)". */
    public String citationText(Fact fact) {
        List<Citation> citations = citations(fact);
        return citations.isEmpty() ? "none: a fact that cites no source is weak evidence"
                : citations.stream().map(c -> c.id() + " (" + c.grading() + ")").collect(Collectors.joining(", "));
    }

    /** The findings whose evidence is too old or too poorly sourced to count for MET. */
    public List<Finding> weakFindings(CriterionResult criterion) {
        return criterion.findings().stream().filter(Finding::weak).toList();
    }

    /** "2 of 3 findings rest on weak evidence, …": why a criterion with findings for it is not MET. */
    public String weakNote(CriterionResult criterion) {
        int weak = weakFindings(criterion).size();
        return weak + " of " + criterion.findings().size() + (criterion.findings().size() == 1 ? " finding" : " findings")
                + (weak == 1 ? " rests" : " rest") + " on weak evidence, which cannot make this criterion MET.";
    }

    /** What would have to change for GO; null for a GO, or when the counterfactual was not computed. */
    public CounterfactualSection counterfactual() {
        return assessment.counterfactual() == null ? null : new CounterfactualSection(this, assessment.counterfactual());
    }

    /** The fewest edits that make this blocking criterion MET on its own, where the counterfactual looked for them. */
    public Optional<CounterfactualSection.CriterionView> ownEdits(CriterionResult criterion) {
        CounterfactualSection counterfactual = counterfactual();
        return counterfactual == null ? Optional.empty() : counterfactual.criterion(criterion.id());
    }

    /** What GO would take, in a comparison's cell: "17 edits to 7 facts", "nothing: it is GO". */
    public String goWouldTake() {
        if (assessment.verdict() == Verdict.GO) {
            return "nothing: it is GO";
        }
        CounterfactualSection counterfactual = counterfactual();
        return counterfactual == null ? "not computed" : counterfactual.brief();
    }

    public String anchor(CriterionResult criterion) {
        return anchorPrefix + "criterion-" + criterion.id();
    }

    public String sourceAnchor(String sourceId) {
        return anchorPrefix + "source-" + sourceId;
    }

    public String sectionAnchor() {
        return anchorPrefix + "scenario";
    }
}
