package org.readiness.model;

/** Admiralty grading of a piece of information (1 confirmed, 6 cannot be judged). */
public enum Credibility {
    CONFIRMED(1),
    PROBABLY_TRUE(2),
    POSSIBLY_TRUE(3),
    DOUBTFUL(4),
    IMPROBABLE(5),
    CANNOT_BE_JUDGED(6);

    private final int grade;

    Credibility(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public String meaning() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** True when this grade is the threshold or better (1 is better than 2). */
    public boolean atLeast(Credibility threshold) {
        return grade <= threshold.grade;
    }

    public static Credibility ofGrade(int grade) {
        for (Credibility c : values()) {
            if (c.grade == grade) {
                return c;
            }
        }
        throw new IllegalArgumentException("credibility grade must be 1 to 6, not " + grade);
    }
}
