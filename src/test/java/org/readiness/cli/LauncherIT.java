package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./readiness}, as users run it: it makes the class-data sharing
 * archive once for the jar it runs and then uses it, starts the background process once and then runs
 * in it, prints exactly what {@code java -jar} prints, and works with both turned off.
 */
class LauncherIT {

    record Run(int exit, String out, String err) {
    }

    @TempDir
    Path temp;

    @Test
    void theLauncherMakesTheArchiveOnceAndSaysWhatTheJarSays() throws Exception {
        Map<String, String> env = Map.of("READINESS_CACHE_DIR", temp.resolve("cache").toString(),
                "READINESS_DAEMON_DIR", temp.resolve("daemons").toString());
        Path archive = Path.of("target", "readiness.jsa");
        Files.deleteIfExists(archive);

        Run first = run(env, "./readiness", "evaluate", "facts/2025-03-coalition-planning.yaml");
        assertEquals(1, first.exit(), first.err());
        assertTrue(Files.isRegularFile(archive), "the archive is made: " + first.err());
        assertTrue(first.err().contains("class-data sharing archive"), first.err());
        assertTrue(first.err().contains("starting a background process"), first.err());

        Run again = run(env, "./readiness", "evaluate", "facts/2025-03-coalition-planning.yaml");
        Run plain = run(env, javaCommand(), "-jar", "target/readiness.jar", "evaluate", "facts/2025-03-coalition-planning.yaml");
        assertEquals(1, again.exit(), again.err());
        assertEquals("", again.err(), "the archive and the background process are used, not made again, and the JVM does not complain");
        assertEquals(plain.out(), first.out());
        assertEquals(plain.out(), again.out());

        Run off = run(Map.of("READINESS_NO_CDS", "1", "READINESS_NO_CACHE", "1", "READINESS_DAEMON", "0"), "./readiness", "--version");
        assertEquals(0, off.exit(), off.err());
        assertTrue(off.out().startsWith("readiness "), off.out());
        assertEquals("", off.err(), "no background process is started when it is turned off");

        Run stop = run(env, "./readiness", "daemon", "stop");
        assertTrue(stop.out().startsWith("stopped: pid "), "the first run started one, and the second used it: " + stop.out());
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
        builder.environment().putAll(env);
        // the launcher runs the `java` on the path: make it the one running these tests
        Path javaHome = Path.of(javaCommand()).getParent();
        if (javaHome != null) {
            builder.environment().put("PATH", javaHome + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()); // a rebuild's output cannot fill a pipe
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the process finishes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
