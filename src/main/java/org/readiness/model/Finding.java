package org.readiness.model;

import java.util.List;

/**
 * What one rule concluded about one criterion, from which facts: the unit of explanation.
 *
 * @param reason   the rule's one-line reason, with the matched facts' values filled in
 * @param remedy   what would have to change; null for MET findings
 * @param step     the practical step the remedy belongs to; null with the remedy
 * @param facts    the facts the rule matched, with their sources
 * @param warnings why the evidence is weak (stale, poorly sourced); empty when it is good
 */
public record Finding(RuleInfo rule, Conclusion conclusion, String reason, String remedy, String step,
                      List<Fact> facts, List<String> warnings) {

    public Finding {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }

    /** Weak evidence cannot make a criterion MET; a weak NOT_MET still counts. */
    public boolean weak() {
        return !warnings.isEmpty();
    }
}
