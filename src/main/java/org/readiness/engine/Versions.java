package org.readiness.engine;

import org.readiness.rules.BuildInfo;

/** The versions an assessment records so that it can be replayed: Readiness's own and the Drools engine's. */
public final class Versions {

    public static final String READINESS = BuildInfo.READINESS;
    public static final String DROOLS = BuildInfo.DROOLS;

    private Versions() {
    }
}
