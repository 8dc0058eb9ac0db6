package org.readiness.check;

import java.util.Locale;

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

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
