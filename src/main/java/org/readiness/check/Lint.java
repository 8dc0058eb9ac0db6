package org.readiness.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.document.ListNode;
import org.readiness.document.MapNode;
import org.readiness.document.Node;
import org.readiness.document.ScalarNode;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.RuleInfo;
import org.readiness.rules.FactTypeInfo;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.RuleSet;

/**
 * What loads but is likely a mistake: a criterion no rule concludes about, or none can make MET; a
 * declared field no rule reads; a source a fact file declares but no fact cites.
 */
final class Lint {

    private Lint() {
    }

    static List<Diagnostic> rules(RuleSet rules) {
        List<Diagnostic> found = new ArrayList<>();
        for (Criterion criterion : rules.criteria()) {
            List<RuleInfo> concluding = rules.rules().stream().filter(r -> r.criterion().equals(criterion.id())).toList();
            String blocking = criterion.blocking() ? "; it is blocking, so the verdict can never be GO" : "";
            if (concluding.isEmpty()) {
                found.add(Diagnostic.warning(Problem.at(ProblemCode.CRITERION_WITHOUT_RULES, criterion.location(),
                        "criterion '" + criterion.id() + "': no rule concludes about it, so it is always UNKNOWN" + blocking,
                        "write rules with @criterion(\"" + criterion.id() + "\"), or remove it from criteria.yaml")));
            } else if (concluding.stream().noneMatch(r -> r.conclusion() == Conclusion.MET)) {
                found.add(Diagnostic.warning(Problem.at(ProblemCode.CRITERION_NEVER_MET, concluding.get(0).location(),
                        "criterion '" + criterion.id() + "': no rule concludes MET, so it can never be MET" + blocking,
                        "write a rule with @concludes(\"MET\") that says when it holds")));
            }
        }
        found.addAll(unusedFields(rules));
        return found;
    }

    private static List<Diagnostic> unusedFields(RuleSet rules) {
        Map<String, Set<String>> used = new HashMap<>();
        Set<String> matched = new LinkedHashSet<>();
        for (RuleDefinition rule : rules.definitions()) {
            rule.reads().fields().forEach((type, fields) -> used.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(fields));
            rule.reads().printed().forEach((type, fields) -> used.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(fields));
            matched.addAll(rule.info().factTypes());
            matched.addAll(rule.reads().fields().keySet());
        }
        List<Diagnostic> found = new ArrayList<>();
        for (FactTypeInfo type : rules.catalog().types()) {
            if (!matched.contains(type.name())) {
                found.add(Diagnostic.warning(Problem.at(ProblemCode.UNUSED_FIELD, type.location(),
                        "no rule reads fact type " + type.name() + ": facts of it change no assessment",
                        "write rules that read it, or remove the declaration")));
                continue;
            }
            for (FieldInfo field : type.fields().values()) {
                if (!field.key() && !used.getOrDefault(type.name(), Set.of()).contains(field.name())) {
                    found.add(Diagnostic.warning(new Problem(ProblemCode.UNUSED_FIELD, field.location(), type.name() + "." + field.name(),
                            "no rule reads or prints this field: what fact files say in it changes no assessment",
                            "write a rule that reads it, or remove it from the declaration")));
                }
            }
        }
        return found;
    }

    /** Sources a fact file declares that none of its facts cites; read from the document, which keeps their lines. */
    static List<Diagnostic> sources(Node root) {
        if (!(root instanceof MapNode top) || !(top.get("sources") instanceof ListNode sources)) {
            return List.of();
        }
        Set<String> cited = new LinkedHashSet<>();
        if (top.get("facts") instanceof ListNode facts) {
            for (Node fact : facts.items()) {
                if (fact instanceof MapNode f && f.get("sources") instanceof ListNode ids) {
                    ids.items().forEach(id -> {
                        if (id instanceof ScalarNode s) {
                            cited.add(s.text());
                        }
                    });
                }
            }
        }
        List<Diagnostic> found = new ArrayList<>();
        for (int i = 0; i < sources.items().size(); i++) {
            if (sources.items().get(i) instanceof MapNode source && source.get("id") instanceof ScalarNode id && !cited.contains(id.text())) {
                found.add(Diagnostic.warning(new Problem(ProblemCode.UNUSED_SOURCE, id.location(), "sources[" + i + "].id",
                        "source '" + id.text() + "' is declared but no fact cites it", "cite it from the facts it supports, or remove it")));
            }
        }
        return found;
    }
}
