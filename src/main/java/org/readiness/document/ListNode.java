package org.readiness.document;

import java.util.List;
import org.readiness.model.Location;

/** A sequence. */
public record ListNode(List<Node> items, Location location) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
