package org.readiness.server;

import java.util.List;
import org.readiness.model.Problem;

/** The HTTP status for input refused with problems: the first problem decides, as it leads the error body. */
final class ProblemStatus {

    private ProblemStatus() {
    }

    static int of(List<Problem> problems) {
        return switch (problems.get(0).code()) {
            // The body is not a well-formed document: the request is malformed.
            case SYNTAX, NOT_UTF8, DUPLICATE_KEY, UNSUPPORTED_YAML -> 400;
            // Larger or deeper than the reader accepts.
            case TOO_LARGE -> 413;
            // A well-formed document that is not a valid fact set, or an override that does not apply.
            case MISSING_FIELD, UNKNOWN_FIELD, WRONG_TYPE, VALUE_NOT_ALLOWED, UNKNOWN_TYPE, UNKNOWN_SOURCE,
                 DUPLICATE_ID, DATE_AFTER_AS_OF, BAD_OVERRIDE, BAD_DISTRIBUTION, UNCERTAIN_FACTS -> 422;
            // The rules, not the request, are at fault (they loop or dawdle on these facts), or a file the
            // service itself reads: the operator has to act. No default: a new code must be placed here.
            case RULES_LOOP, RULES_TIMEOUT, FILE_NOT_FOUND, NOT_A_FILE, IO_ERROR, NO_RULES, DRL_SYNTAX,
                 DRL_UNKNOWN_FIELD, DRL_ERROR, RULE_METADATA, RULE_TOO_COMPLEX, UNKNOWN_CRITERION,
                 UNSUPPORTED_DECLARATION -> 500;
            // Findings of readiness test and readiness check: no request can give rise to them.
            case UNKNOWN_RULE, NO_TESTS, CRITERION_WITHOUT_RULES, CRITERION_NEVER_MET, UNUSED_FIELD, UNUSED_SOURCE,
                 GAP, CONFLICT, RULE_NEVER_FIRES -> 500;
        };
    }
}
