package org.readiness.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of Readiness and of the Drools engine is running: recorded in every assessment, and part
 * of the rule cache's key, so that a compiled rule set is only ever reused by the build that made it.
 */
public final class BuildInfo {

    public static final String READINESS;
    /** The build's timestamp, to the millisecond: tells snapshot builds of one version apart. */
    public static final String BUILD;
    public static final String DROOLS = property("/META-INF/maven/org.drools/drools-core/pom.properties", "version");

    static {
        Properties readiness = properties("/org/readiness/version.properties");
        READINESS = readiness.getProperty("version", "unknown");
        String build = readiness.getProperty("build", "");
        // Unfiltered (run from an IDE without Maven's resource filtering): no build identity.
        BUILD = build.isBlank() || build.startsWith("${") ? null : build;
    }

    private BuildInfo() {
    }

    private static String property(String resource, String key) {
        return properties(resource).getProperty(key, "unknown");
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource in our own jar: the versions read "unknown" and the cache stays off
        }
        return properties;
    }
}
