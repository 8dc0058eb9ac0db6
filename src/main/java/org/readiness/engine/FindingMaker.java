package org.readiness.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readiness.model.Conclusion;
import org.readiness.model.Fact;
import org.readiness.model.Finding;
import org.readiness.rules.FactCatalog;
import org.readiness.rules.FieldInfo;
import org.readiness.rules.FieldKind;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.Template;

/** Turns a recorded firing into a finding: the matched facts, the filled-in reason and remedy, the evidence warnings. */
final class FindingMaker {

    private final Map<Object, Fact> bound;
    private final EvidenceJudge judge;
    private final FactCatalog catalog;

    FindingMaker(Map<Object, Fact> bound, EvidenceJudge judge, FactCatalog catalog) {
        this.bound = bound;
        this.judge = judge;
        this.catalog = catalog;
    }

    Finding finding(Firing firing) {
        RuleDefinition rule = firing.rule();
        List<Fact> facts = facts(firing.objects());
        Set<String> warnings = new LinkedHashSet<>();
        facts.forEach(f -> warnings.addAll(judge.warnings(f)));
        if (facts.isEmpty() && rule.info().conclusion() == Conclusion.MET) {
            warnings.add("rule \"" + rule.info().name() + "\" matched no fact to rest on");
        }
        String reason = render(rule.reason(), firing.bindings());
        String remedy = rule.remedy() == null ? null : render(rule.remedy(), firing.bindings());
        return new Finding(rule.info(), rule.info().conclusion(), reason, remedy, rule.info().step(), facts,
                List.copyOf(warnings));
    }

    /** The facts behind the matched objects, looking inside collected lists, each once, in order. */
    private List<Fact> facts(List<Object> objects) {
        Set<Fact> facts = new LinkedHashSet<>();
        for (Object object : objects) {
            if (object instanceof Collection<?> collection) {
                collection.forEach(item -> add(item, facts));
            } else {
                add(object, facts);
            }
        }
        return new ArrayList<>(facts);
    }

    private void add(Object object, Set<Fact> facts) {
        Fact fact = bound.get(object);
        if (fact != null) {
            facts.add(fact);
        }
    }

    private String render(Template template, Map<String, Object> bindings) {
        return template.render((binding, field) -> value(bindings.get(binding), field));
    }

    /** A bound fact's field reads as prose ("energy infrastructure"); a fact, as its id; a list, as its facts' ids. */
    private String value(Object bound, String field) {
        if (bound instanceof Collection<?> collection) {
            return String.join(", ", facts(List.of(collection)).stream().map(Fact::id).toList());
        }
        Fact fact = this.bound.get(bound);
        if (fact == null) {
            return String.valueOf(bound);
        }
        if (field == null) {
            return fact.id();
        }
        Object value = fact.fields().get(field);
        if (value == null) {
            return "unknown";
        }
        FieldInfo info = catalog.type(fact.type()).flatMap(t -> t.field(field)).orElse(null);
        return info != null && info.kind() == FieldKind.CHOICE ? value.toString().replace('-', ' ') : value.toString();
    }
}
