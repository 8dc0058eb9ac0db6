package org.readiness.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readiness.model.RuleInfo;

/**
 * A rule of the rule set with its reason and remedy parsed for evaluation.
 *
 * @param remedy       null for rules that conclude MET
 * @param reads        the fields its conditions read and how, and those its reason and remedy print
 * @param explanations why its criterion's gaps ({@code @gap("…")}) or conflicts ({@code @conflict("…")})
 *                     are intended, for {@code readiness check}: by kind, {@value #GAP} or {@value #CONFLICT}
 */
public record RuleDefinition(RuleInfo info, Template reason, Template remedy, FieldReads reads,
                             Map<String, String> explanations) {

    public static final String GAP = "gap";
    public static final String CONFLICT = "conflict";

    public RuleDefinition {
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
    }
}
