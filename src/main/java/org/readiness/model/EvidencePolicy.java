package org.readiness.model;

/**
 * How good evidence must be before it can make a criterion MET (design §2). Evidence against a
 * criterion is never discarded, however old or poorly sourced.
 *
 * @param maxAgeDays     a fact observed longer ago than this, relative to the fact set's as-of date, is stale
 * @param minReliability a fact needs at least one source this reliable or better …
 * @param minCredibility … and this credible or better, in the same source
 */
public record EvidencePolicy(int maxAgeDays, Reliability minReliability, Credibility minCredibility) {

    /** Reliability E/F or credibility 5/6 is weak; facts older than 90 days are stale. */
    public static final EvidencePolicy DEFAULT =
            new EvidencePolicy(90, Reliability.D, Credibility.DOUBTFUL);

    public EvidencePolicy {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException("maximum age must not be negative: " + maxAgeDays);
        }
    }

    public boolean accepts(Source source) {
        return source.reliability().atLeast(minReliability) && source.credibility().atLeast(minCredibility);
    }

    /** The weakest acceptable grade as analysts write it, e.g. {@code D4}. */
    public String minGrade() {
        return minReliability.name() + minCredibility.grade();
    }
}
