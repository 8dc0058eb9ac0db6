package org.readiness.model;

/** The answer to "should the force deploy?": GO only when every blocking criterion is MET. */
public enum Verdict {
    GO,
    NO_GO
}
