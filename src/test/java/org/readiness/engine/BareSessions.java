package org.readiness.engine;

import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.readiness.model.FactSet;
import org.readiness.rules.RuleSet;

/**
 * The floor an evaluation is measured against in the benchmarks: a Drools session that gets the same
 * objects and fires the same rules, with no listener and no findings. Fresh, as plain Drools use would
 * be, or from a pool, as {@link Evaluator} takes them, so that the ratio of the two shows what explaining
 * alone costs.
 */
public final class BareSessions {

    private final RuleSet rules;
    private final FactBinder binder;
    private final KieSessionsPool pool;
    private final KieSessionConfiguration configuration;

    public BareSessions(RuleSet rules) {
        this.rules = rules;
        this.binder = new FactBinder(rules.catalog());
        this.pool = rules.kieBase().newKieSessionsPool(0);
        this.configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
    }

    public int fresh(FactSet facts) {
        return fire(rules.kieBase().newKieSession(), facts);
    }

    public int pooled(FactSet facts) {
        return fire(pool.newKieSession(configuration), facts);
    }

    private int fire(KieSession session, FactSet facts) {
        FactBinder.Bound bound = binder.bind(facts.facts());
        try {
            bound.objects().forEach(session::insert);
            return session.fireAllRules(Integer.MAX_VALUE);
        } finally {
            session.dispose();
        }
    }
}
