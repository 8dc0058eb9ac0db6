package org.readiness.rules;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rule sets this process has already loaded, for a process that runs many commands (the background
 * process of {@code ./readiness}): a load whose files have the same cache key as a remembered one takes it
 * as it is, sparing the cache entry's decoding and the first evaluations that prepare a fresh rule base.
 * A rule set is shared safely (the service shares one across its requests). A handful are kept, softly:
 * a large one must not keep a heap full between commands.
 */
public final class RuleMemory {

    private static final int KEPT = 4;

    private final Map<String, SoftReference<RuleSet>> sets = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SoftReference<RuleSet>> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Optional<RuleSet> get(String key) {
        SoftReference<RuleSet> kept = sets.get(key);
        return Optional.ofNullable(kept == null ? null : kept.get());
    }

    synchronized void put(String key, RuleSet rules) {
        sets.put(key, new SoftReference<>(rules));
    }
}
