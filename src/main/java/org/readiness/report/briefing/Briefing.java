package org.readiness.report.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readiness.model.Assessment;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionKind;

/**
 * One briefing document: a scenario, or several compared side by side (a matrix of scenarios by
 * criteria first, then each scenario in turn).
 */
public record Briefing(List<ScenarioBriefing> scenarios) {

    public Briefing {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one assessment");
        }
        scenarios = List.copyOf(scenarios);
    }

    public static Briefing of(List<Assessment> assessments) {
        List<ScenarioBriefing> scenarios = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            scenarios.add(new ScenarioBriefing(assessments.get(i), assessments.size() == 1 ? "" : "s" + (i + 1) + "-"));
        }
        return new Briefing(scenarios);
    }

    /** Several scenarios: the document opens with the comparison rather than one verdict. */
    public boolean comparative() {
        return scenarios.size() > 1;
    }

    public ScenarioBriefing first() {
        return scenarios.get(0);
    }

    public String title() {
        return comparative()
                ? "Readiness briefing: " + scenarios.size() + " scenarios compared"
                : "Readiness briefing: " + first().assessment().scenario();
    }

    /** The comparison's rows: every criterion any scenario was judged on, preconditions first. */
    public List<ComparisonGroup> comparison() {
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        scenarios.forEach(s -> s.assessment().criteria().forEach(c -> criteria.putIfAbsent(c.id(), c.criterion())));
        List<ComparisonGroup> groups = new ArrayList<>();
        for (CriterionKind kind : CriterionKind.values()) {
            List<ComparisonRow> rows = new ArrayList<>();
            for (Criterion criterion : criteria.values()) {
                if (criterion.kind() == kind) {
                    rows.add(new ComparisonRow(criterion, scenarios.stream().map(s -> s.result(criterion.id())).toList()));
                }
            }
            if (!rows.isEmpty()) {
                groups.add(new ComparisonGroup(kind, rows));
            }
        }
        return groups;
    }
}
