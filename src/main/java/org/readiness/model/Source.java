package org.readiness.model;

import java.time.LocalDate;

/**
 * Where a fact comes from, graded on the Admiralty scale as analysts do.
 *
 * @param url may be null
 * @param publisher may be null
 */
public record Source(String id, String title, String publisher, LocalDate date, String url,
                     Reliability reliability, Credibility credibility) {

    /** The two-character grade analysts write, e.g. {@code B2}. */
    public String grade() {
        return reliability.name() + credibility.grade();
    }
}
