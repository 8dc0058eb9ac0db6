package org.readiness.engine;

import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.KeepReferenceOption;

/**
 * Drools sessions for one knowledge base, reused: Drools resets a disposed pooled session (facts,
 * agenda, listeners, node memories) and hands it out again, which spares each evaluation setting up the
 * network's memories afresh. The sessions are not registered with the knowledge base, which by default
 * keeps every session it made: a pool that is no longer used is collected with its owner.
 */
final class SessionPool {

    private final KieSessionsPool pool;
    private final KieSessionConfiguration configuration;

    SessionPool(KieBase kieBase) {
        this.pool = kieBase.newKieSessionsPool(0);
        this.configuration = RuleBaseFactory.newKnowledgeSessionConfiguration();
        configuration.setOption(KeepReferenceOption.NO);
    }

    /** A clean session; {@link KieSession#dispose()} returns it to the pool. */
    KieSession take() {
        return pool.newKieSession(configuration);
    }
}
