package org.readiness.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.readiness.model.Change;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionResult;
import org.readiness.model.EvidencePolicy;
import org.readiness.model.Finding;
import org.readiness.model.RuleInfo;
import org.readiness.model.Status;

/**
 * Decides a criterion's status from its findings, exactly as design §2 says: NOT_MET if any finding says
 * so; else MET if a finding on good evidence says so; else UNKNOWN. Then says in one line why, and what
 * would have to change.
 */
final class CriterionJudge {

    private final EvidencePolicy policy;
    /** For each criterion, the fact types its rules read, in rule order: what evidence it could use. */
    private final Map<String, List<String>> factTypes = new HashMap<>();

    CriterionJudge(List<RuleInfo> rules, EvidencePolicy policy) {
        this.policy = policy;
        Map<String, Set<String>> types = new HashMap<>();
        for (RuleInfo rule : rules) {
            types.computeIfAbsent(rule.criterion(), c -> new LinkedHashSet<>()).addAll(rule.factTypes());
        }
        types.forEach((criterion, read) -> factTypes.put(criterion, List.copyOf(read)));
    }

    /**
     * @param presentTypes the fact types the fact set has facts of; asked for only when no rule concluded
     */
    CriterionResult judge(Criterion criterion, List<Finding> findings, Supplier<Set<String>> presentTypes) {
        int against = 0;
        int strong = 0;
        int met = 0;
        for (Finding finding : findings) {
            if (finding.conclusion() == Conclusion.NOT_MET) {
                against++;
            } else if (finding.conclusion() == Conclusion.MET) {
                met++;
                strong += finding.weak() ? 0 : 1;
            }
        }
        if (against > 0) {
            List<Finding> notMet = select(findings, against, f -> f.conclusion() == Conclusion.NOT_MET);
            return new CriterionResult(criterion, Status.NOT_MET, summary(notMet), findings, remedies(notMet));
        }
        if (strong > 0) {
            List<Finding> good = select(findings, strong, f -> f.conclusion() == Conclusion.MET && !f.weak());
            return new CriterionResult(criterion, Status.MET, summary(good), findings, List.of());
        }
        if (met > 0) {
            Set<String> warnings = new LinkedHashSet<>();
            for (Finding finding : findings) {
                if (finding.conclusion() == Conclusion.MET) {
                    warnings.addAll(finding.warnings());
                }
            }
            List<Change> changes = new ArrayList<>(warnings.size());
            for (String warning : warnings) {
                changes.add(new Change("Corroborate or update the evidence: " + warning + ".", null, null));
            }
            return new CriterionResult(criterion, Status.UNKNOWN,
                    "Only weak evidence: " + warnings.iterator().next(), findings, changes);
        }
        return noEvidence(criterion, findings, presentTypes);
    }

    private static List<Finding> select(List<Finding> findings, int count, java.util.function.Predicate<Finding> which) {
        if (count == findings.size()) {
            return findings;
        }
        List<Finding> selected = new ArrayList<>(count);
        for (Finding finding : findings) {
            if (which.test(finding)) {
                selected.add(finding);
            }
        }
        return selected;
    }

    /** No rule concluded: either the facts it needs are absent, or present but not enough to decide. */
    private CriterionResult noEvidence(Criterion criterion, List<Finding> findings, Supplier<Set<String>> presentTypes) {
        List<String> types = factTypes.getOrDefault(criterion.id(), List.of());
        List<String> missing = new ArrayList<>();
        List<String> present = new ArrayList<>();
        if (!types.isEmpty()) {
            Set<String> inFactSet = presentTypes.get();
            for (String type : types) {
                (inFactSet.contains(type) ? present : missing).add(type);
            }
        }
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

    /** Each distinct remedy once, the first finding's step and rule naming it. */
    private static List<Change> remedies(List<Finding> against) {
        if (against.size() == 1) {
            Finding only = against.get(0);
            return List.of(new Change(only.remedy(), only.step(), only.rule().name()));
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Finding finding : against) {
            if (!changes.containsKey(finding.remedy())) {
                changes.put(finding.remedy(), new Change(finding.remedy(), finding.step(), finding.rule().name()));
            }
        }
        return List.copyOf(changes.values());
    }
}
