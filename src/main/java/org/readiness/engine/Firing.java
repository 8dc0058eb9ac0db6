package org.readiness.engine;

import java.util.List;
import java.util.Map;
import org.readiness.rules.RuleDefinition;

/**
 * One rule firing as the agenda listener saw it.
 *
 * @param objects  the objects the rule matched, collections included
 * @param bindings the values of the variables its reason and remedy print
 */
record Firing(RuleDefinition rule, List<Object> objects, Map<String, Object> bindings) {
}
