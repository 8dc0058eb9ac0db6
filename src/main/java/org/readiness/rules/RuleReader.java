package org.readiness.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.readiness.document.ProblemCollector;
import org.readiness.document.Texts;
import org.readiness.model.Conclusion;
import org.readiness.model.Criterion;
import org.readiness.model.CriterionKind;
import org.readiness.model.Location;
import org.readiness.model.ProblemCode;
import org.readiness.model.RuleInfo;

/**
 * Reads what each rule says about itself in its metadata and checks it, so that a typo in a rule file
 * is an error when the rules load rather than a finding that silently never appears:
 *
 * <pre>
 * rule "Ceasefire limited in scope"
 *     &#64;criterion("ceasefire") &#64;concludes("NOT_MET")
 *     &#64;reason("The ceasefire on offer covers only {$c.scope}")
 *     &#64;remedy("Negotiate a comprehensive ceasefire") &#64;step("diplomacy")
 *     &#64;claim("Putin's pledge … fell significantly short of the thorough ceasefire sought")
 * </pre>
 */
final class RuleReader {

    static final List<String> METADATA = List.of("criterion", "concludes", "reason", "remedy", "step", "claim",
            RuleDefinition.GAP, RuleDefinition.CONFLICT);

    private final ProblemCollector problems = new ProblemCollector();
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final FactCatalog catalog;
    private final List<String> steps;

    private RuleReader(List<Criterion> criteria, FactCatalog catalog) {
        criteria.forEach(c -> this.criteria.put(c.id(), c));
        this.catalog = catalog;
        this.steps = this.criteria.values().stream().filter(c -> c.kind() == CriterionKind.STEP).map(Criterion::id).toList();
    }

    /** Every rule, keyed by its package-qualified name, in file and line order. */
    static Map<String, RuleDefinition> read(KieBase kieBase, SourceIndex sources, List<Criterion> criteria,
                                            FactCatalog catalog) {
        return new RuleReader(criteria, catalog).rules(kieBase, sources);
    }

    private Map<String, RuleDefinition> rules(KieBase kieBase, SourceIndex sources) {
        List<Map.Entry<String, RuleDefinition>> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String qualified = pkg.getName() + "." + rule.getName();
                definition(rule, sources.rules().get(qualified)).ifPresent(d -> rules.add(Map.entry(qualified, d)));
            }
        }
        problems.throwIfAny();
        rules.sort(Comparator.comparing((Map.Entry<String, RuleDefinition> e) -> e.getValue().info().location().file())
                .thenComparingInt(e -> e.getValue().info().location().line()));
        Map<String, RuleDefinition> ordered = new LinkedHashMap<>();
        rules.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private Optional<RuleDefinition> definition(Rule rule, SourceIndex.RuleSource source) {
        Location at = source == null ? Location.of("rules") : source.location();
        Conditions conditions = source == null ? Conditions.none() : source.conditions();
        String name = rule.getName();
        Map<String, Object> meta = rule.getMetaData();
        int before = problemCount();
        for (String key : meta.keySet()) {
            if (!METADATA.contains(key)) {
                problem(at, name, "unknown metadata @" + key + Texts.didYouMean(key, METADATA),
                        "rules take @" + String.join(", @", METADATA));
            }
        }
        String criterionId = required(meta, "criterion", at, name);
        String concludes = required(meta, "concludes", at, name);
        String reason = required(meta, "reason", at, name);
        String claim = required(meta, "claim", at, name);
        String remedy = text(meta, "remedy");
        String step = text(meta, "step");
        Criterion criterion = criterionId == null ? null : criteria.get(criterionId);
        if (criterionId != null && criterion == null) {
            problems.add(ProblemCode.UNKNOWN_CRITERION, at, null,
                    "rule \"" + name + "\": criterion '" + criterionId + "' is not declared in criteria.yaml"
                            + Texts.didYouMean(criterionId, criteria.keySet()),
                    "criteria: " + String.join(", ", criteria.keySet()));
        }
        Conclusion conclusion = conclusion(concludes, at, name);
        if (conclusion == Conclusion.NOT_MET) {
            if (remedy == null) {
                problem(at, name, "a rule that concludes NOT_MET needs @remedy: what would have to change", null);
            }
            if (step == null) {
                problem(at, name, "a rule that concludes NOT_MET needs @step: the practical step its remedy belongs to",
                        "steps: " + String.join(", ", steps));
            } else if (!steps.contains(step)) {
                problem(at, name, "@step(\"" + step + "\") is not a practical step" + Texts.didYouMean(step, steps),
                        "steps: " + String.join(", ", steps));
            }
        } else if (conclusion == Conclusion.MET && (remedy != null || step != null)) {
            problem(at, name, "a rule that concludes MET has nothing to remedy", "remove @remedy and @step");
        }
        Template reasonTemplate = reason == null ? null : placeholders(Template.parse(reason), conditions, at, name, "reason");
        Template remedyTemplate = remedy == null ? null : placeholders(Template.parse(remedy), conditions, at, name, "remedy");
        if (problemCount() > before) {
            return Optional.empty();
        }
        List<String> read = conditions.factTypes().stream().filter(catalog.names()::contains).toList();
        RuleInfo info = new RuleInfo(name, at, criterionId, conclusion, reason, remedy, step, claim, read);
        List<Template> templates = remedyTemplate == null ? List.of(reasonTemplate) : List.of(reasonTemplate, remedyTemplate);
        FieldReads reads = (source == null ? FieldReads.NONE : source.reads()).withPrinted(printed(templates, conditions.bindings()));
        Map<String, String> explanations = new LinkedHashMap<>();
        for (String kind : List.of(RuleDefinition.GAP, RuleDefinition.CONFLICT)) {
            String why = text(meta, kind);
            if (why != null) {
                explanations.put(kind, why);
            }
        }
        return Optional.of(new RuleDefinition(info, reasonTemplate, remedyTemplate, reads, explanations));
    }

    /** For each fact type, the fields the reason and remedy print ({@code {$s.party}}). */
    private static Map<String, Set<String>> printed(List<Template> templates, Map<String, String> bindings) {
        Map<String, Set<String>> printed = new LinkedHashMap<>();
        for (Template template : templates) {
            for (Template.Placeholder p : template.placeholders()) {
                String type = bindings.get(p.binding());
                if (type != null && p.field() != null) {
                    printed.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(p.field());
                }
            }
        }
        return printed;
    }

    /** A placeholder must name a variable the rule binds and, for a fact, one of its fields. */
    private Template placeholders(Template template, Conditions conditions, Location at, String rule, String which) {
        for (Template.Placeholder p : template.placeholders()) {
            if (!conditions.bindings().containsKey(p.binding())) {
                problem(at, rule, "@" + which + " uses {" + p.binding() + (p.field() == null ? "" : "." + p.field())
                        + "} but the rule binds no " + p.binding(),
                        conditions.bindings().isEmpty() ? "bind the fact in the conditions, e.g. $c : Ceasefire(…)"
                                : "bound: " + String.join(", ", conditions.bindings().keySet()));
                continue;
            }
            String type = conditions.bindings().get(p.binding());
            if (p.field() != null && type != null) {
                catalog.type(type).ifPresent(t -> {
                    if (t.field(p.field()).isEmpty()) {
                        problem(at, rule, "@" + which + " uses {" + p.binding() + "." + p.field() + "} but " + type
                                + " has no field '" + p.field() + "'" + Texts.didYouMean(p.field(), t.fields().keySet()), null);
                    }
                });
            }
        }
        return template;
    }

    private Conclusion conclusion(String concludes, Location at, String rule) {
        if (concludes == null) {
            return null;
        }
        for (Conclusion c : Conclusion.values()) {
            if (c.name().equals(concludes)) {
                return c;
            }
        }
        problem(at, rule, "@concludes(\"" + concludes + "\") must be MET or NOT_MET", null);
        return null;
    }

    private String required(Map<String, Object> meta, String key, Location at, String rule) {
        String value = text(meta, key);
        if (value == null) {
            problem(at, rule, "no @" + key, "add @" + key + "(\"…\") after the rule name");
        }
        return value;
    }

    private static String text(Map<String, Object> meta, String key) {
        String value = MetaText.of(meta.get(key));
        return value.isEmpty() ? null : value;
    }

    private void problem(Location at, String rule, String message, String hint) {
        problems.add(ProblemCode.RULE_METADATA, at, null, "rule \"" + rule + "\": " + message, hint);
    }

    private int problemCount() {
        return problems.size();
    }
}
