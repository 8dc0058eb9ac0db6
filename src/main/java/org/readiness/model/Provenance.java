package org.readiness.model;

import java.time.Instant;

/**
 * What it takes to replay an assessment: the exact rules and facts, the engine, and when it ran.
 */
public record Provenance(String rulesHash, String factsHash, String readinessVersion, String droolsVersion,
                         Instant evaluatedAt, int rulesFired) {
}
