package org.readiness.engine;

/**
 * How a sweep runs.
 *
 * @param samples at most this many cases are evaluated: when the uncertain fields have no more
 *                combinations than this, every one is (exactly); otherwise this many are drawn at random
 * @param seed    the random draws are a function of the seed and the sample's number alone, so the same
 *                seed gives the same answer on any number of threads
 * @param threads how many threads evaluate cases
 */
public record SweepOptions(long samples, long seed, int threads) {

    public static final SweepOptions DEFAULT = new SweepOptions(10_000, 0, Runtime.getRuntime().availableProcessors());

    public SweepOptions {
        if (samples < 1) {
            throw new IllegalArgumentException("a sweep needs at least one sample");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("a sweep needs at least one thread");
        }
    }
}
