package org.readiness.rules;

import org.readiness.model.RuleInfo;

/**
 * A rule of the rule set with its reason and remedy parsed for evaluation.
 *
 * @param remedy null for rules that conclude MET
 * @param reads  the fields its conditions read, for what-if searches
 */
public record RuleDefinition(RuleInfo info, Template reason, Template remedy, RuleReads reads) {
}
