package org.readiness.engine;

import java.util.Arrays;

/**
 * A set of edits (ids into an {@link EditSpace}, ascending) and what it costs: first the number of
 * edits, then the number of facts they touch (fewer facts is the simpler story), then how far the
 * values move, then the edit ids themselves, so that equal costs still have one order.
 */
final class Variant implements Comparable<Variant> {

    private final int[] edits;
    private final int facts;
    private final int distance;
    private final int hash;

    private Variant(int[] edits, int facts, int distance) {
        this.edits = edits;
        this.facts = facts;
        this.distance = distance;
        this.hash = Arrays.hashCode(edits);
    }

    static Variant none() {
        return new Variant(new int[0], 0, 0);
    }

    /** This variant with one more edit (not already in it). */
    Variant with(int edit, EditSpace space) {
        int[] more = Arrays.copyOf(edits, edits.length + 1);
        more[edits.length] = edit;
        Arrays.sort(more);
        int fact = space.edit(edit).fact();
        boolean newFact = Arrays.stream(edits).noneMatch(e -> space.edit(e).fact() == fact);
        return new Variant(more, facts + (newFact ? 1 : 0), distance + space.edit(edit).distance());
    }

    /** The union of variants on disjoint facts. */
    static Variant union(Iterable<Variant> parts, EditSpace space) {
        Variant all = none();
        for (Variant part : parts) {
            for (int e : part.edits) {
                all = all.with(e, space);
            }
        }
        return all;
    }

    int[] edits() {
        return edits;
    }

    int size() {
        return edits.length;
    }

    boolean contains(int edit) {
        return Arrays.binarySearch(edits, edit) >= 0;
    }

    @Override
    public int compareTo(Variant other) {
        int c = Integer.compare(edits.length, other.edits.length);
        if (c == 0) {
            c = Integer.compare(facts, other.facts);
        }
        if (c == 0) {
            c = Integer.compare(distance, other.distance);
        }
        return c != 0 ? c : Arrays.compare(edits, other.edits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Variant v && Arrays.equals(edits, v.edits);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
