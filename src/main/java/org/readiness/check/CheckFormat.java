package org.readiness.check;


/** The formats a check is reported in: one renderer each. */
public enum CheckFormat {
    TEXT,
    JSON,
    SARIF;

    public String render(CheckReport report) {
        return switch (this) {
            case TEXT -> CheckText.render(report);
            case JSON -> CheckJson.render(report);
            case SARIF -> Sarif.render(report);
        };
    }
}
