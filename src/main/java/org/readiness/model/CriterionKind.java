package org.readiness.model;

/** The article distinguishes preconditions for success from practical steps that improve the odds. */
public enum CriterionKind {
    PRECONDITION,
    STEP
}
