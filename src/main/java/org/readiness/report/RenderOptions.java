package org.readiness.report;

/**
 * Choices that change how, not what, an assessment is shown.
 *
 * @param color   ANSI colour, for a terminal that asked for it
 * @param explain show every finding, met criteria included, with its evidence
 */
public record RenderOptions(boolean color, boolean explain) {

    public static final RenderOptions PLAIN = new RenderOptions(false, false);
}
