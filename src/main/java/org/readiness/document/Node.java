package org.readiness.document;

import org.readiness.model.Location;

/**
 * A YAML or JSON document as a tree that remembers where each part was written, so that every problem
 * found later can name its file, line and column. Jackson's own trees forget locations.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    Location location();

    /** How to name this kind of node in a message: "a mapping", "a list", "the number 3". */
    String describe();
}
