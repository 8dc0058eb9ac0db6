package org.readiness.model;

/** Admiralty grading of a source's track record (A best, F cannot be judged). */
public enum Reliability {
    A("completely reliable"),
    B("usually reliable"),
    C("fairly reliable"),
    D("not usually reliable"),
    E("unreliable"),
    F("reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** True when this grade is the threshold or better (A is better than B). */
    public boolean atLeast(Reliability threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
