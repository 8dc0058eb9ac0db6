package org.readiness.rules;

/**
 * One file of a rule set as read from disk.
 *
 * @param name    how messages name it: the path as the user would write it, e.g. {@code rules/ceasefire.drl}
 * @param content its text
 */
public record RuleFile(String name, String content) {
}
