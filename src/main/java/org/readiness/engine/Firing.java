package org.readiness.engine;

import java.util.List;

/**
 * One rule firing as the agenda listener saw it.
 *
 * @param objects the objects the rule matched, collections included
 * @param values  the values of the variables its reason and remedy print, in the rule's order
 */
record Firing(PreparedRule rule, List<Object> objects, Object[] values) {
}
