package org.readiness.model;

/** What one rule may conclude about its criterion; UNKNOWN is never concluded, it is what remains. */
public enum Conclusion {
    MET,
    NOT_MET
}
