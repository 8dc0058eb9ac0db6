package org.readiness.model;

import java.util.Locale;

/**
 * Stable codes for everything that can be wrong with input. The kebab-case {@link #id()} is part of the
 * JSON and SARIF contracts: never rename one, add new ones instead.
 */
public enum ProblemCode {
    // Reading files
    FILE_NOT_FOUND(true),
    NOT_A_FILE(true),
    IO_ERROR(true),
    // YAML / JSON documents
    SYNTAX(false),
    TOO_LARGE(false),
    NOT_UTF8(false),
    DUPLICATE_KEY(false),
    UNSUPPORTED_YAML(false),
    // Fact sets and criteria files
    MISSING_FIELD(false),
    UNKNOWN_FIELD(false),
    WRONG_TYPE(false),
    VALUE_NOT_ALLOWED(false),
    UNKNOWN_TYPE(false),
    UNKNOWN_SOURCE(false),
    DUPLICATE_ID(false),
    DATE_AFTER_AS_OF(false),
    // Uncertain facts (distributions, for sweep)
    BAD_DISTRIBUTION(false),
    UNCERTAIN_FACTS(false),
    // What-if overrides (--set)
    BAD_OVERRIDE(false),
    // Rule files
    NO_RULES(false),
    DRL_SYNTAX(false),
    DRL_UNKNOWN_FIELD(false),
    DRL_ERROR(false),
    RULE_METADATA(false),
    RULE_TOO_COMPLEX(false),
    UNKNOWN_CRITERION(false),
    UNSUPPORTED_DECLARATION(false),
    // Evaluation
    RULES_LOOP(false),
    RULES_TIMEOUT(false),
    // Rule tests (readiness test, tests/*.yaml)
    UNKNOWN_RULE(false),
    NO_TESTS(false),
    // Findings of readiness check: lint
    CRITERION_WITHOUT_RULES(false),
    CRITERION_NEVER_MET(false),
    UNUSED_FIELD(false),
    UNUSED_SOURCE(false),
    // Findings of readiness check: analysis over the declared values
    GAP(false),
    CONFLICT(false),
    RULE_NEVER_FIRES(false);

    private final boolean io;

    ProblemCode(boolean io) {
        this.io = io;
    }

    /** The stable spelling used in output, e.g. {@code unknown-field}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for problems of the file system rather than of the input's content. */
    public boolean io() {
        return io;
    }
}
