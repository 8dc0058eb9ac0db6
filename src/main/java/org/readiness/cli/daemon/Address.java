package org.readiness.cli.daemon;

import java.nio.file.Path;

/** The files of one background process: its socket, the lock that makes it the only one, its log and description. */
record Address(DaemonHome home, String key) {

    static final String INFO = ".info";

    Path socket() {
        return file(".sock");
    }

    Path lock() {
        return file(".lock");
    }

    Path log() {
        return file(".log");
    }

    Path info() {
        return file(INFO);
    }

    private Path file(String suffix) {
        return home.directory().resolve(key + suffix);
    }
}
