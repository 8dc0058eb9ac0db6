package org.readiness.model;

/** Where a criterion stands after evaluation (design §2). */
public enum Status {
    /** A rule found good evidence that the criterion holds, and none that it fails. */
    MET,
    /** At least one rule found evidence that the criterion fails. Evidence against always wins. */
    NOT_MET,
    /** No rule concluded anything, or only weak evidence said MET: the decision-maker lacks evidence. */
    UNKNOWN
}
