package org.readiness.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.readiness.rules.RuleDefinition;

/**
 * Records why: for every rule that fires, which rule and which facts (design §4). Rule authors write no
 * bookkeeping in their consequences; this listener is the only place explanations come from.
 *
 * <p>It also enforces the time limit, halting the session between firings once the deadline passes.
 */
final class FiringRecorder extends DefaultAgendaEventListener {

    private final Map<Rule, Prepared> rules;
    private final KieSession session;
    private final long deadline;
    private final List<Firing> firings = new ArrayList<>();
    private boolean timedOut;

    /** A rule with the variables its templates print, looked up once per rule set rather than per firing. */
    record Prepared(RuleDefinition definition, List<String> printedBindings) {
    }

    FiringRecorder(Map<Rule, Prepared> rules, KieSession session, long deadline) {
        this.rules = rules;
        this.session = session;
        this.deadline = deadline;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Prepared prepared = rules.get(match.getRule());
        if (prepared != null) {
            Map<String, Object> bindings = prepared.printedBindings().isEmpty() ? Map.of() : new HashMap<>();
            for (String binding : prepared.printedBindings()) {
                bindings.put(binding, match.getDeclarationValue(binding));
            }
            firings.add(new Firing(prepared.definition(), List.copyOf(match.getObjects()), bindings));
        }
        if (System.nanoTime() - deadline > 0) {
            timedOut = true;
            session.halt();
        }
    }

    List<Firing> firings() {
        return firings;
    }

    boolean timedOut() {
        return timedOut;
    }
}
