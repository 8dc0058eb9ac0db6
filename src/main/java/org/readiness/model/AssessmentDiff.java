package org.readiness.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What changed between two fact sets (two dated snapshots of one scenario, or two scenarios) and how the
 * assessment moved: the verdict, each criterion's status, and the findings gained or lost.
 *
 * @param facts    facts added, removed or changed, matched by id: the first set's order, then the added
 * @param sources  sources added, removed or changed, matched by id, in the same order
 * @param criteria every criterion, in declaration order, moved or not
 */
public record AssessmentDiff(Side from, Side to, List<FactChange> facts, List<SourceChange> sources,
                             List<CriterionMove> criteria, Record record) {

    /** One of the two fact sets and its verdict. */
    public record Side(String scenario, String origin, LocalDate asOf, String factsHash, Verdict verdict,
                       List<String> notMet, List<String> unknown) {

        public Side {
            notMet = List.copyOf(notMet);
            unknown = List.copyOf(unknown);
        }
    }

    /** What it takes to replay the comparison. */
    public record Record(String rulesHash, String readinessVersion, String droolsVersion, Instant evaluatedAt) {
    }

    public AssessmentDiff {
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        criteria = List.copyOf(criteria);
    }

    public boolean verdictChanged() {
        return from.verdict() != to.verdict();
    }
}
