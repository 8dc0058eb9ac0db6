package org.readiness.cli.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The background process's {@code System.out} and {@code System.err}, routed to the command running on the
 * current thread (and the threads it starts), else to the process's log: what the engine's logger or a
 * library prints during a command reaches that command's terminal, as it would from a JVM of its own.
 */
final class CommandStreams {

    private static final InheritableThreadLocal<OutputStream[]> CURRENT = new InheritableThreadLocal<>();

    private CommandStreams() {
    }

    /** Once, at start: the streams the process was given (its log) become the fallback. */
    static void install() {
        System.setOut(routed(0, System.out));
        System.setErr(routed(1, System.err));
    }

    /** For the rest of this thread's command, and the threads it starts. */
    static void bind(OutputStream out, OutputStream err) {
        CURRENT.set(new OutputStream[] {out, err});
    }

    static void unbind() {
        CURRENT.remove();
    }

    private static PrintStream routed(int which, PrintStream log) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                target().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                target().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                target().flush();
            }

            private OutputStream target() {
                OutputStream[] command = CURRENT.get();
                return command == null ? log : command[which];
            }
        }, true);
    }
}
