package org.readiness.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as an orderly stop. A shutdown hook cannot do this: the JVM exits 143 after it however
 * it ends, and a supervisor reads that as a crash; handling the signals lets {@code serve} drain and exit 0.
 * {@code sun.misc.Signal} is in the JDK's exported {@code jdk.unsupported} module, there for this purpose.
 */
final class Signals {

    private Signals() {
    }

    static void onTermination(Runnable action) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> action.run());
            } catch (IllegalArgumentException e) {
                // the platform has no such signal, or the JVM was started with -Xrs: its default applies
            }
        }
    }
}
