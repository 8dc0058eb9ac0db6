package org.readiness.testing;


/** The formats a test run is reported in on standard output; JUnit XML is written to a file beside it. */
public enum TestFormat {
    TEXT,
    JSON;

    /** @param color ANSI colour for PASS and FAIL (text only) */
    public String render(TestReport report, boolean color) {
        return switch (this) {
            case TEXT -> TestText.render(report, color);
            case JSON -> TestJson.render(report);
        };
    }
}
