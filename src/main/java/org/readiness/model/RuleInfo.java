package org.readiness.model;

import java.util.List;

/**
 * What a rule declares about itself in its metadata, and where it lives.
 *
 * @param remedy    what would have to change; null for rules that conclude MET
 * @param step      the practical step (a criterion id) the remedy belongs to; null with the remedy
 * @param claim     the article's claim the rule encodes
 * @param factTypes the fact types its conditions read, in order of first appearance
 */
public record RuleInfo(String name, Location location, String criterion, Conclusion conclusion,
                       String reason, String remedy, String step, String claim, List<String> factTypes) {

    public RuleInfo {
        factTypes = List.copyOf(factTypes);
    }
}
