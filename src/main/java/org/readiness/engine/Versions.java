package org.readiness.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions an assessment records so that it can be replayed: Readiness's own and the Drools engine's. */
public final class Versions {

    public static final String READINESS = property("/org/readiness/version.properties", "version");
    public static final String DROOLS = property("/META-INF/maven/org.drools/drools-core/pom.properties", "version");

    private Versions() {
    }

    private static String property(String resource, String key) {
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
