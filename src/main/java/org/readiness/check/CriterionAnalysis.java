package org.readiness.check;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one criterion was analysed: which fields were varied over which values, how many fact sets were
 * tried out of how many there are, and how they were chosen.
 *
 * @param maxFacts        how many facts of each type were tried together
 * @param evaluated       fact sets evaluated
 * @param space           fact sets that can be made from the values tried (before removing those that
 *                        state one fact twice)
 * @param exhaustive      every one of them was evaluated
 * @param exhaustiveUpTo  when sampled: every fact set of up to this many facts was evaluated (-1 when none
 *                        or when exhaustive); larger ones were sampled
 * @param seed            the random sample's seed; null when exhaustive
 * @param notes           what could not be varied, and how fields without declared values were sampled
 */
public record CriterionAnalysis(String criterion, List<Read> reads, Map<String, Integer> maxFacts, long evaluated,
                                BigInteger space, boolean exhaustive, int exhaustiveUpTo, Long seed, long gaps,
                                long conflicts, List<String> notes) {

    /**
     * A field the criterion's rules read and the values tried for it.
     *
     * @param bounded the values are all the field can take (an enum or Boolean, and unknown)
     */
    public record Read(String type, String field, List<String> values, boolean bounded) {
        public Read {
            values = List.copyOf(values);
        }
    }

    public CriterionAnalysis {
        reads = List.copyOf(reads);
        maxFacts = Collections.unmodifiableMap(new LinkedHashMap<>(maxFacts));
        notes = List.copyOf(notes);
    }
}
