package org.readiness.model;

import java.time.Instant;

/** What it takes to replay a sweep: the exact rules and facts, the engine, and when it ran. */
public record SweepRecord(String rulesHash, String factsHash, String readinessVersion, String droolsVersion,
                          Instant evaluatedAt) {
}
