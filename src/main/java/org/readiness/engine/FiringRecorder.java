package org.readiness.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.internal.event.rule.RuleEventListener;
import org.kie.internal.event.rule.RuleEventManager;

/**
 * Records why: for every rule that fires, which rule and which facts (design §4). Rule authors write no
 * bookkeeping in their consequences; this listener is the only place explanations come from. It keeps
 * only references (the matched objects and the printed variables' values); findings are made from them
 * after the session is done.
 *
 * <p>It listens through Drools' rule event hook, which calls it with the match right after each
 * consequence, rather than as an agenda listener, for which Drools would make an event object for every
 * match created, about to fire and fired: that bookkeeping alone cost about a tenth of an evaluation.
 *
 * <p>It also checks the evaluation's {@link Deadline} after each firing.
 */
final class FiringRecorder implements RuleEventListener {

    private static final Object[] NONE = new Object[0];

    private final Map<Rule, PreparedRule> rules;
    private final Deadline deadline;
    private final List<Firing> firings = new ArrayList<>();

    FiringRecorder(Map<Rule, PreparedRule> rules, Deadline deadline) {
        this.rules = rules;
        this.deadline = deadline;
    }

    /** Starts recording the firings of {@code session}. */
    void listenTo(KieSession session) {
        ((RuleEventManager) session).addEventListener(this);
    }

    @Override
    public void onAfterMatchFire(Match match) {
        PreparedRule rule = rules.get(match.getRule());
        if (rule != null) {
            List<String> printed = rule.printedBindings();
            Object[] values = printed.isEmpty() ? NONE : new Object[printed.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = match.getDeclarationValue(printed.get(i));
            }
            // getObjects() is a fresh unmodifiable list: nothing to copy
            firings.add(new Firing(rule, match.getObjects(), values));
        }
        deadline.check();
    }

    List<Firing> firings() {
        return firings;
    }

}
