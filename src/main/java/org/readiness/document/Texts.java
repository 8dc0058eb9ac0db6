package org.readiness.document;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Small text helpers for messages that quote what the user wrote and suggest what they meant. */
public final class Texts {

    private Texts() {
    }

    /** Keeps messages to one readable line however long the offending value. */
    public static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /**
     * The candidate closest to what was typed, if it is close enough to be a plausible typo, or the one
     * that starts with what was typed (an abbreviation: 'pew' for 'pew-poll').
     */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        Optional<String> extension = lower.length() < 2 ? Optional.empty() : candidates.stream()
                .filter(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(lower))
                .min(Comparator.comparingInt(String::length));
        if (extension.isPresent()) {
            return extension;
        }
        return candidates.stream()
                .min(Comparator.comparingInt(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT))))
                .filter(c -> distance(lower, c.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, typed.length() / 3));
    }

    /** " (did you mean 'x'?)" or nothing. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
