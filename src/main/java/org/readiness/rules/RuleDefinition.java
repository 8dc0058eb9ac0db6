package org.readiness.rules;

import org.readiness.model.RuleInfo;

/**
 * A rule of the rule set with its reason and remedy parsed for evaluation.
 *
 * @param remedy null for rules that conclude MET
 * @param reads  the fields its conditions read, and those its reason and remedy print
 */
public record RuleDefinition(RuleInfo info, Template reason, Template remedy, FieldReads reads) {
}
