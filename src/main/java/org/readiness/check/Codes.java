package org.readiness.check;

import java.util.EnumMap;
import java.util.Map;
import org.readiness.model.ProblemCode;

/**
 * A one-line description of every problem code, for SARIF's rule catalogue: code-review tools show it
 * beside each finding. The README's tables say the same at more length.
 */
final class Codes {

    private static final Map<ProblemCode, String> DESCRIPTIONS = new EnumMap<>(ProblemCode.class);

    static {
        d(ProblemCode.FILE_NOT_FOUND, "A file or directory named does not exist.");
        d(ProblemCode.NOT_A_FILE, "A directory was named where a file is needed, or the other way round.");
        d(ProblemCode.IO_ERROR, "A file could not be read or written.");
        d(ProblemCode.SYNTAX, "The YAML or JSON is malformed.");
        d(ProblemCode.TOO_LARGE, "A file, value or nesting exceeds the reader's limits.");
        d(ProblemCode.NOT_UTF8, "The file is not UTF-8 text.");
        d(ProblemCode.DUPLICATE_KEY, "A key appears twice in one mapping.");
        d(ProblemCode.UNSUPPORTED_YAML, "YAML anchors, aliases and tags are not accepted.");
        d(ProblemCode.MISSING_FIELD, "A required field is missing.");
        d(ProblemCode.UNKNOWN_FIELD, "A field that is not declared.");
        d(ProblemCode.WRONG_TYPE, "A value of the wrong type.");
        d(ProblemCode.VALUE_NOT_ALLOWED, "A value outside the allowed ones.");
        d(ProblemCode.UNKNOWN_TYPE, "A fact type the rules do not declare.");
        d(ProblemCode.UNKNOWN_SOURCE, "A fact cites a source the fact set does not declare.");
        d(ProblemCode.DUPLICATE_ID, "Two things that must be told apart have the same name.");
        d(ProblemCode.DATE_AFTER_AS_OF, "A date after the fact set's asOf date.");
        d(ProblemCode.BAD_OVERRIDE, "A what-if override that cannot be applied.");
        d(ProblemCode.BAD_DISTRIBUTION, "A field given as a distribution whose values are not allowed or whose probabilities do not sum to 1.");
        d(ProblemCode.UNCERTAIN_FACTS, "A fact set with distributions given where one value per field is needed (sweep it, or settle it with --set).");
        d(ProblemCode.NO_RULES, "The rules directory holds no .drl files.");
        d(ProblemCode.DRL_SYNTAX, "A DRL syntax error.");
        d(ProblemCode.DRL_UNKNOWN_FIELD, "A rule names a field its fact type does not declare.");
        d(ProblemCode.DRL_ERROR, "A rule does not compile.");
        d(ProblemCode.RULE_METADATA, "A rule's metadata (@criterion, @concludes, @reason, @remedy, @step, @claim) is missing or wrong.");
        d(ProblemCode.RULE_TOO_COMPLEX, "A rule's nested 'or's expand into too many variants.");
        d(ProblemCode.UNKNOWN_CRITERION, "A criterion that criteria.yaml does not declare.");
        d(ProblemCode.UNSUPPORTED_DECLARATION, "A fact type declaration that fact files cannot fill in.");
        d(ProblemCode.RULES_LOOP, "The rules fire without end.");
        d(ProblemCode.RULES_TIMEOUT, "The rules took too long to evaluate.");
        d(ProblemCode.UNKNOWN_RULE, "A test names a rule the rule set does not have.");
        d(ProblemCode.NO_TESTS, "No test files were found.");
        d(ProblemCode.CRITERION_WITHOUT_RULES, "No rule concludes about a criterion: it is always UNKNOWN.");
        d(ProblemCode.CRITERION_NEVER_MET, "No rule concludes MET for a criterion: it can never be MET.");
        d(ProblemCode.UNUSED_FIELD, "A declared field or fact type that no rule reads.");
        d(ProblemCode.UNUSED_SOURCE, "A source a fact set declares but no fact cites.");
        d(ProblemCode.GAP, "Facts that state everything a criterion's rules read, yet no rule concludes.");
        d(ProblemCode.CONFLICT, "Facts on which a criterion's rules conclude both MET and NOT_MET.");
        d(ProblemCode.RULE_NEVER_FIRES, "A rule that no combination of the declared values can fire.");
    }

    private Codes() {
    }

    private static void d(ProblemCode code, String description) {
        DESCRIPTIONS.put(code, description);
    }

    /** The code's description; its id in words for a code added without one. */
    static String describe(ProblemCode code) {
        return DESCRIPTIONS.getOrDefault(code, code.id().replace('-', ' '));
    }

    static boolean described(ProblemCode code) {
        return DESCRIPTIONS.containsKey(code);
    }

    /** The level SARIF gives a code's findings when nothing else says: lint and analysis warn, the rest are errors. */
    static Severity defaultSeverity(ProblemCode code) {
        return switch (code) {
            case CRITERION_WITHOUT_RULES, CRITERION_NEVER_MET, UNUSED_FIELD, UNUSED_SOURCE, GAP, CONFLICT, RULE_NEVER_FIRES -> Severity.WARNING;
            default -> Severity.ERROR;
        };
    }
}
