package org.readiness.engine;

/**
 * Random numbers that depend only on (seed, sample, field): SplitMix64's finaliser over their
 * combination. Sample i draws the same values whichever thread evaluates it and in whatever order, which
 * is what makes a sweep reproducible with its seed on any number of threads.
 */
final class SampleDraw {

    private SampleDraw() {
    }

    /** A uniform number in [0, 1). */
    static double unit(long seed, long sample, int field) {
        long z = mix(seed + 0x9E3779B97F4A7C15L * (sample + 1));
        z = mix(z ^ (0xD1B54A32D192ED03L * (field + 1)));
        return (z >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
