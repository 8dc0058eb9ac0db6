package org.readiness.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background process's parts that decide without a process: which commands go to it, what makes
 * two runs share one, which directories may hold its socket, and the request on the wire. The processes
 * themselves are tested as users run them in {@code DaemonIT}.
 */
class DaemonPartsTest {

    @TempDir
    Path temp;

    @Test
    void everyCommandButTheServiceAndTheDaemonsOwnGoesToIt() {
        Map<String, String> env = Map.of();
        assertTrue(DaemonClient.wanted(new String[] {"evaluate", "facts/x.yaml"}, env));
        assertTrue(DaemonClient.wanted(new String[] {"--version"}, env));
        assertTrue(DaemonClient.wanted(new String[] {"check", "serve"}, env), "the command is the first word, not any");
        assertFalse(DaemonClient.wanted(new String[] {"serve", "--port", "0"}, env));
        assertFalse(DaemonClient.wanted(new String[] {"daemon", "stop"}, env));
        assertFalse(DaemonClient.wanted(new String[] {"evaluate", "--debug", "facts/x.yaml"}, env), "--debug sets up logging per JVM");
        for (String off : new String[] {"0", "false", "OFF", " no "}) {
            assertFalse(DaemonClient.wanted(new String[] {"evaluate"}, Map.of("READINESS_DAEMON", off)), off);
        }
        assertTrue(DaemonClient.wanted(new String[] {"evaluate"}, Map.of("READINESS_DAEMON", "1")));
    }

    @Test
    void theClientNamesTheClassesItDoesNotHold() {
        assertEquals(DaemonServer.class.getName(), DaemonClient.SERVER_CLASS);
        assertEquals(org.readiness.cli.Main.class.getName(), DaemonClient.MAIN_CLASS);
        assertEquals(org.readiness.cli.ExitCode.INTERNAL.code(), DaemonClient.INTERNAL_ERROR);
    }

    @Test
    void aRebuildAnotherDirectoryOrAnotherLocaleIsAnotherProcess() throws IOException {
        Path jar = Files.writeString(temp.resolve("readiness.jar"), "a");
        Identity one = Identity.of(jar, Path.of("/a"), Map.of("LANG", "C.UTF-8", "HOME", "/h"));
        assertEquals(one, Identity.of(jar, Path.of("/a"), Map.of("LANG", "C.UTF-8", "HOME", "/elsewhere")),
                "the environment travels with each request; only what a JVM fixes at start is part of it");
        assertNotEquals(one.key(), Identity.of(jar, Path.of("/b"), Map.of("LANG", "C.UTF-8")).key(), "working directory");
        assertNotEquals(one.key(), Identity.of(jar, Path.of("/a"), Map.of("LANG", "de_DE.UTF-8")).key(), "locale");
        assertNotEquals(one.key(), Identity.of(jar, Path.of("/a"), Map.of("LANG", "C.UTF-8", "READINESS_JAVA_OPTS", "-Xmx1g")).key(),
                "JVM options");
        Files.writeString(jar, "ab");
        assertNotEquals(one.key(), Identity.of(jar, Path.of("/a"), Map.of("LANG", "C.UTF-8")).key(), "a rebuilt jar");
        assertTrue(one.key().matches("[0-9a-f]{16}"), one.key());
    }

    @Test
    void theDirectoryIsMadePrivateAndOnlyAPrivateOneIsUsed() throws IOException {
        DaemonHome made = new DaemonHome(temp.resolve("made/here"));
        made.prepare();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.directory())));

        Path open = Files.createDirectory(temp.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        IOException refused = assertThrows(IOException.class, () -> new DaemonHome(open).prepare());
        assertTrue(refused.getMessage().contains("open to other users"), refused.getMessage());

        Path link = Files.createSymbolicLink(temp.resolve("link"), made.directory());
        IOException linked = assertThrows(IOException.class, () -> new DaemonHome(link).prepare());
        assertTrue(linked.getMessage().contains("not a directory"), linked.getMessage());
    }

    @Test
    void aDirectoryTooDeepForASocketIsRefused() {
        DaemonHome deep = new DaemonHome(temp.resolve("d".repeat(100)));
        IOException refused = assertThrows(IOException.class, deep::prepare);
        assertTrue(refused.getMessage().contains("too long a path for a socket"), refused.getMessage());
        assertFalse(Files.exists(deep.directory()), "refused before anything is made");
    }

    @Test
    void theHomeFollowsTheEnvironment() {
        assertEquals(Path.of("/x/d"), DaemonHome.of(Map.of("READINESS_DAEMON_DIR", "/x/d", "XDG_RUNTIME_DIR", "/run/user/1")).directory());
        assertEquals(Path.of("/run/user/1/readiness"), DaemonHome.of(Map.of("XDG_RUNTIME_DIR", "/run/user/1")).directory());
        assertTrue(DaemonHome.of(Map.of()).directory().getFileName().toString().startsWith("readiness-"));
    }

    @Test
    void aRequestReadsBackAsWrittenAndGarbageIsRefused() throws IOException {
        Protocol.Request request = new Protocol.Request("id\nwith lines", new String[] {"evaluate", "fäcts.yaml", ""},
                Map.of("NO_COLOR", "1", "EMPTY", ""), true, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        request.write(new DataOutputStream(bytes));
        Protocol.Request read = Protocol.Request.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(request.identity(), read.identity());
        assertEquals(java.util.List.of(request.args()), java.util.List.of(read.args()));
        assertEquals(request.env(), read.env());
        assertTrue(read.interactive());
        assertFalse(read.errInteractive());

        byte[] garbage = "GET / HTTP/1.1\r\n\r\n".getBytes();
        assertThrows(IOException.class, () -> Protocol.Request.read(new DataInputStream(new ByteArrayInputStream(garbage))));
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(huge);
        out.writeInt(Protocol.MAGIC);
        out.writeInt(Integer.MAX_VALUE);
        IOException tooLong = assertThrows(IOException.class,
                () -> Protocol.Request.read(new DataInputStream(new ByteArrayInputStream(huge.toByteArray()))));
        assertTrue(tooLong.getMessage().contains("malformed"), tooLong.getMessage());
    }
}
