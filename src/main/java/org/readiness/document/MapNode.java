package org.readiness.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.readiness.model.Location;

/** A mapping, keys in the order written. */
public record MapNode(Map<String, Node> entries, Location location) implements Node {

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Node get(String key) {
        return entries.get(key);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
