package org.readiness.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.readiness.model.Conclusion;
import org.readiness.model.Fact;
import org.readiness.model.Finding;
import org.readiness.rules.RuleDefinition;
import org.readiness.rules.Template;

/**
 * Turns a recorded firing into a finding: the matched facts, the filled-in reason and remedy, the evidence
 * warnings. One per evaluation, used by one thread: it is also the function that fills in the templates
 * of the firing at hand.
 */
final class FindingMaker implements BiFunction<String, String, String> {

    /** Up to this many facts, a scan finds duplicates faster than a hash set; beyond it, a set does. */
    private static final int SCAN_LIMIT = 16;

    private final Map<Object, Fact> bound;
    private final EvidenceJudge judge;
    private final Prose prose;
    private final StringBuilder scratch = new StringBuilder(256);
    private Firing current;

    FindingMaker(Map<Object, Fact> bound, EvidenceJudge judge, Prose prose) {
        this.bound = bound;
        this.judge = judge;
        this.prose = prose;
    }

    Finding finding(Firing firing) {
        RuleDefinition rule = firing.rule().definition();
        List<Fact> facts = facts(firing.objects());
        Set<String> warnings = null;
        for (Fact fact : facts) {
            List<String> weak = judge.warnings(fact);
            if (!weak.isEmpty()) {
                warnings = warnings == null ? new LinkedHashSet<>() : warnings;
                warnings.addAll(weak);
            }
        }
        if (facts.isEmpty() && rule.info().conclusion() == Conclusion.MET) {
            warnings = warnings == null ? new LinkedHashSet<>() : warnings;
            warnings.add("rule \"" + rule.info().name() + "\" matched no fact to rest on");
        }
        String reason = render(rule.reason(), firing);
        String remedy = rule.remedy() == null ? null : render(rule.remedy(), firing);
        return new Finding(rule.info(), rule.info().conclusion(), reason, remedy, rule.info().step(), facts,
                warnings == null ? List.of() : List.copyOf(warnings));
    }

    /**
     * The facts behind the matched objects, looking inside collected lists, each once, in order. Facts of
     * one fact set have distinct ids, so the same fact is the same object.
     */
    private List<Fact> facts(List<Object> objects) {
        if (objects.size() == 1 && !(objects.get(0) instanceof Collection<?>)) {
            Fact only = bound.get(objects.get(0)); // most rules match one fact
            return only == null ? List.of() : List.of(only);
        }
        List<Fact> facts = new ArrayList<>(objects.size());
        Set<Fact> seen = null;
        for (Object object : objects) {
            if (object instanceof Collection<?> collection) {
                for (Object item : collection) {
                    seen = add(item, facts, seen);
                }
            } else {
                seen = add(object, facts, seen);
            }
        }
        return facts;
    }

    private Set<Fact> add(Object object, List<Fact> facts, Set<Fact> seen) {
        Fact fact = bound.get(object);
        if (fact == null) {
            return seen;
        }
        if (seen == null && facts.size() >= SCAN_LIMIT) {
            seen = Collections.newSetFromMap(new IdentityHashMap<>());
            seen.addAll(facts);
        }
        if (seen != null ? seen.add(fact) : !containsSame(facts, fact)) {
            facts.add(fact);
        }
        return seen;
    }

    private static boolean containsSame(List<Fact> facts, Fact fact) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) == fact) {
                return true;
            }
        }
        return false;
    }

    private String render(Template template, Firing firing) {
        current = firing;
        return template.render(this, scratch);
    }

    /** The text for the placeholder {@code {binding.field}} of the firing being rendered. */
    @Override
    public String apply(String binding, String field) {
        return value(current.rule().value(current.values(), binding), field);
    }

    /** A bound fact's field reads as prose ("energy infrastructure"); a fact, as its id; a list, as its facts' ids. */
    private String value(Object value, String field) {
        if (value instanceof Collection<?> collection) {
            List<Fact> facts = facts(List.of(collection));
            StringBuilder ids = new StringBuilder();
            for (Fact fact : facts) {
                ids.append(ids.length() == 0 ? "" : ", ").append(fact.id());
            }
            return ids.toString();
        }
        Fact fact = bound.get(value);
        if (fact == null) {
            return String.valueOf(value);
        }
        if (field == null) {
            return fact.id();
        }
        Object fieldValue = fact.fields().get(field);
        return fieldValue == null ? "unknown" : prose.of(fact, field, fieldValue);
    }
}
