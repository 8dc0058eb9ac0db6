package org.readiness.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.model.Change;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionResult;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.FactSet;
import org.readiness.model.Finding;
import org.readiness.model.Status;
import org.readiness.model.RuleInfo;
import org.readiness.model.Fact;

/**
 * Decides a criterion's status from its findings, exactly as design §2 says: NOT_MET if any finding says
 * so; else MET if a finding on good evidence says so; else UNKNOWN. Then says in one line why, and what
 * would have to change.
 */
final class CriterionJudge {

    private final List<RuleInfo> rules;
    private final EvidencePolicy policy;

    CriterionJudge(List<RuleInfo> rules, EvidencePolicy policy) {
        this.rules = rules;
        this.policy = policy;
    }

    CriterionResult judge(Criterion criterion, List<Finding> findings, FactSet facts) {
        List<Finding> against = findings.stream().filter(f -> f.conclusion() == Conclusion.NOT_MET).toList();
        List<Finding> met = findings.stream().filter(f -> f.conclusion() == Conclusion.MET).toList();
        List<Finding> strong = met.stream().filter(f -> !f.weak()).toList();
        if (!against.isEmpty()) {
            return new CriterionResult(criterion, Status.NOT_MET, summary(against), findings, remedies(against));
        }
        if (!strong.isEmpty()) {
            return new CriterionResult(criterion, Status.MET, summary(strong), findings, List.of());
        }
        if (!met.isEmpty()) {
            Set<String> warnings = new LinkedHashSet<>();
            met.forEach(f -> warnings.addAll(f.warnings()));
            List<Change> changes = warnings.stream()
                    .map(w -> new Change("Corroborate or update the evidence: " + w + ".", null, null))
                    .toList();
            return new CriterionResult(criterion, Status.UNKNOWN,
                    "Only weak evidence: " + warnings.iterator().next(), findings, changes);
        }
        return noEvidence(criterion, findings, facts);
    }

    /** No rule concluded: either the facts it needs are absent, or present but not enough to decide. */
    private CriterionResult noEvidence(Criterion criterion, List<Finding> findings, FactSet facts) {
        Map<String, Boolean> types = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            if (rule.criterion().equals(criterion.id())) {
                rule.factTypes().forEach(t -> types.put(t, facts.facts().stream().map(Fact::type).anyMatch(t::equals)));
            }
        }
        List<String> missing = types.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        List<String> present = types.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        List<Change> changes = new ArrayList<>();
        String summary;
        if (types.isEmpty()) {
            summary = "No rule concludes anything about this criterion";
            changes.add(new Change("Write rules for this criterion.", null, null));
        } else if (present.isEmpty()) {
            summary = "No evidence: the fact set has no " + String.join(" or ", missing) + " fact";
            changes.add(new Change("Gather evidence: add a " + String.join(" or ", missing)
                    + " fact citing a source graded " + policy.minGrade() + " or better.", null, null));
        } else {
            summary = "Not enough evidence: no rule could decide from the " + String.join(", ", present) + " facts given";
            changes.add(new Change("Complete the " + String.join(", ", present)
                    + " facts: the rules for this criterion need fields they leave out.", null, null));
        }
        return new CriterionResult(criterion, Status.UNKNOWN, summary, findings, changes);
    }

    private static String summary(List<Finding> findings) {
        String first = findings.get(0).reason();
        return findings.size() == 1 ? first : first + " (and " + (findings.size() - 1) + " more)";
    }

    private static List<Change> remedies(List<Finding> against) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Finding finding : against) {
            changes.putIfAbsent(finding.remedy(), new Change(finding.remedy(), finding.step(), finding.rule().name()));
        }
        return List.copyOf(changes.values());
    }
}
