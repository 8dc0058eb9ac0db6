package org.readiness.model;

/**
 * One thing wrong with the input, as data: rendered the same way by the CLI and the service.
 *
 * @param path    where in the document, e.g. {@code facts[3].scope}; null when the location says it all
 * @param message what is wrong
 * @param hint    what to do about it; null when the message says it
 */
public record Problem(ProblemCode code, Location location, String path, String message, String hint) {

    public static Problem at(ProblemCode code, Location location, String message, String hint) {
        return new Problem(code, location, null, message, hint);
    }

    /**
     * One line: {@code file:line:col: path: message; hint [code]}, printable as it is: what the input
     * wrote is quoted in messages, and its control characters are shown escaped ({@link PlainText}).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(location).append(": ");
        if (path != null && !path.isEmpty()) {
            out.append(path).append(": ");
        }
        out.append(message);
        if (hint != null && !hint.isEmpty()) {
            out.append("; ").append(hint);
        }
        return PlainText.line(out.append(" [").append(code.id()).append(']').toString());
    }
}
