package org.readiness.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background process as users meet it, through {@code ./readiness}: a command run in it prints and
 * exits exactly as in a JVM of its own, good input or bad; one process serves run after run and several
 * at once; a rule edit is seen by the next command; a client killed mid-command leaves it serving; it
 * stops on {@code readiness daemon stop} and when its jar is rebuilt; a directory others can enter is
 * never used.
 */
class DaemonIT {

    static final String ARTICLE = "facts/2025-03-coalition-planning.yaml";
    static final String ALL_MET = "facts/scenario-all-preconditions-met.yaml";
    static final String STARTING = "readiness: starting a background process";
    static final Pattern PID = Pattern.compile("pid (\\d+)");

    record Run(int exit, String out, String err) {
    }

    @TempDir
    Path temp;
    Map<String, String> env;

    @BeforeEach
    void ownDirectories() {
        env = new HashMap<>(Map.of("READINESS_DAEMON_DIR", temp.resolve("daemons").toString(),
                "READINESS_CACHE_DIR", temp.resolve("cache").toString()));
    }

    @AfterEach
    void stopWhatWasStarted() throws Exception {
        run(env, "./readiness", "daemon", "stop");
    }

    @Test
    void commandsPrintAndExitAsInAJvmOfTheirOwn() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.yaml"), "facts:\n  - type: Ceasefire\n    status: [holding\n");
        List<List<String>> commands = List.of(
                List.of("evaluate", ARTICLE),
                List.of("evaluate", "--format", "json", ALL_MET),
                List.of("evaluate", broken.toString()),
                List.of("evaluate", "facts/no-such-file.yaml"),
                List.of("evaluate", "--no-such-option", ARTICLE),
                List.of("check"),
                List.of("diff", ARTICLE, ALL_MET));
        Map<String, String> own = new HashMap<>(env);
        own.put("READINESS_DAEMON", "0");
        boolean first = true;
        List<Integer> exits = new ArrayList<>();
        for (List<String> command : commands) {
            Run alone = readiness(own, command);
            Run inDaemon = readiness(env, command);
            String err = first ? withoutStartingLine(inDaemon.err()) : inDaemon.err();
            assertEquals(alone.exit(), inDaemon.exit(), command + ": " + inDaemon.err());
            assertEquals(timeless(alone.out()), timeless(inDaemon.out()), command.toString());
            assertEquals(alone.err(), err, command.toString());
            exits.add(inDaemon.exit());
            first = false;
        }
        assertEquals(List.of(1, 0, 3, 4, 2), exits.subList(0, 5), "the exit codes the README documents");
        assertEquals(1, pids().size(), "one process served them all");
    }

    @Test
    void aRuleEditIsSeenByTheNextCommand() throws Exception {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Run before = readiness(env, List.of("evaluate", "--rules", rules.toString(), ARTICLE));
        assertEquals(1, before.exit(), before.err());
        Path file = rules.resolve("ceasefire.drl");
        String good = Files.readString(file);
        Files.writeString(file, good + "\nrule \"half-written\" when Ceasefire( then end\n");
        Run broken = readiness(env, List.of("evaluate", "--rules", rules.toString(), ARTICLE));
        assertEquals(3, broken.exit(), broken.err());
        assertTrue(broken.err().contains("ceasefire.drl"), broken.err());
        Files.writeString(file, good);
        Run repaired = readiness(env, List.of("evaluate", "--rules", rules.toString(), ARTICLE));
        assertEquals(before.out(), repaired.out());
        assertEquals(1, pids().size());
    }

    @Test
    void commandsAtOnceEachGetTheirOwnAnswer() throws Exception {
        Run article = readiness(env, List.of("evaluate", ARTICLE));
        Run allMet = readiness(env, List.of("evaluate", ALL_MET));
        List<Process> started = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path out = temp.resolve("out" + i);
            outputs.add(out);
            started.add(process(env, List.of("./readiness", "evaluate", i % 2 == 0 ? ARTICLE : ALL_MET), out, temp.resolve("err" + i)));
        }
        for (int i = 0; i < started.size(); i++) {
            assertTrue(started.get(i).waitFor(120, TimeUnit.SECONDS));
            Run expected = i % 2 == 0 ? article : allMet;
            assertEquals(expected.exit(), started.get(i).exitValue());
            assertEquals(expected.out(), Files.readString(outputs.get(i)), "command " + i);
        }
        assertEquals(1, pids().size());
    }

    /**
     * A sweep of a million cases (half a minute) whose client is killed: the process stops working on it
     * (its CPU time stands still), as the command would have died with its own JVM, and serves the next.
     */
    @Test
    void aClientKilledMidCommandStopsItsCommandAndLeavesTheProcessServing() throws Exception {
        Run expected = readiness(env, List.of("evaluate", ARTICLE));
        long pid = pids().get(0);
        Process sweep = process(env, List.of("./readiness", "sweep", "--samples", "2000000", millionCases().toString()),
                temp.resolve("sweep.out"), temp.resolve("sweep.err"));
        Thread.sleep(3000);
        assertTrue(sweep.isAlive(), "still sweeping");
        sweep.destroyForcibly();
        assertTrue(sweep.waitFor(30, TimeUnit.SECONDS));
        Thread.sleep(1000);
        long before = cpuTicks(pid);
        Thread.sleep(2000);
        long used = cpuTicks(pid) - before;
        assertTrue(used < 40, "the process stopped sweeping: " + used + " ticks of CPU in 2 s");
        Run after = readiness(env, List.of("evaluate", ARTICLE));
        assertEquals(expected.out(), after.out());
        assertEquals(List.of(pid), pids());
    }

    /** The article's uncertain facts with nine more fields in doubt: 995,328 combinations. */
    private Path millionCases() throws IOException {
        String shipped = Files.readString(Path.of("facts/2025-03-coalition-planning-uncertain.yaml"));
        String more = shipped
                .replace("    political: committed\n    financial: committed\n    troops: committed\n",
                        "    political: {committed: 0.5, conditional: 0.5}\n    financial: {committed: 0.5, conditional: 0.5}\n"
                                + "    troops: {committed: 0.5, hesitant: 0.5}\n")
                .replace("    troops: hesitant\n", "    troops: {committed: 0.5, hesitant: 0.5}\n")
                .replace("    level: low\n", "    level: {low: 0.5, majority-support: 0.5}\n")
                .replace("    level: majority-support\n", "    level: {low: 0.5, majority-support: 0.5}\n");
        assertEquals(17, more.split(": \\{", -1).length - 1, "the shipped file still has the fields this test puts in doubt");
        return Files.writeString(temp.resolve("million-cases.yaml"), more);
    }

    /** User and system CPU time of a process, in clock ticks (Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Signals for the first client's terminal or process group (Ctrl-Z, `timeout`) must not reach it. */
    @Test
    void theProcessRunsInASessionOfItsOwn() throws Exception {
        readiness(env, List.of("--version"));
        long pid = pids().get(0);
        assertTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")), "setsid(1) is here");
        assertEquals(String.valueOf(pid), statField(pid, 3), "it leads a session of its own");
        assertFalse(statField(pid, 2).equals(statField(ProcessHandle.current().pid(), 2)), "not in this process group");
    }

    /** A field of /proc/PID/stat after the command name: 0 state, 1 parent, 2 process group, 3 session. */
    private static String statField(long pid, int index) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[index];
    }

    @Test
    void stopEndsItAndTheNextCommandStartsAnother() throws Exception {
        readiness(env, List.of("--version"));
        long pid = pids().get(0);
        Run stop = readiness(env, List.of("daemon", "stop"));
        assertEquals(0, stop.exit(), stop.err());
        assertTrue(stop.out().startsWith("stopped: pid " + pid), stop.out());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "stop waits for it to exit");
        assertTrue(readiness(env, List.of("daemon")).out().startsWith("no background process is running"));
        Run next = readiness(env, List.of("--version"));
        assertTrue(next.err().startsWith(STARTING), next.err());
    }

    @Test
    void aRebuiltJarEndsItsProcess() throws Exception {
        Path build = Files.createDirectories(temp.resolve("build"));
        Path jar = Files.copy(Path.of("target/readiness.jar"), build.resolve("readiness.jar"));
        Path lib = Files.createDirectories(build.resolve("lib"));
        try (Stream<Path> jars = Files.list(Path.of("target/lib"))) {
            for (Path library : jars.toList()) {
                Files.copy(library, lib.resolve(library.getFileName()));
            }
        }
        List<String> client = List.of(javaCommand(), "-cp", jar.toString(), DaemonClient.class.getName(), "evaluate", ARTICLE);
        Run first = run(env, client.toArray(String[]::new));
        assertEquals(1, first.exit(), first.err());
        long pid = pids().get(0);
        assertTrue(jar.toFile().setLastModified(jar.toFile().lastModified() + 10_000));
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.onExit().get(20, TimeUnit.SECONDS);
        assertFalse(process.isAlive());
    }

    /** Files a command writes get the permissions its shell asked for, as in a JVM of its own. */
    @Test
    void aShellWithAnotherUmaskGetsAProcessOfItsOwn() throws Exception {
        Path open = temp.resolve("open.txt");
        Path closed = temp.resolve("closed.txt");
        assertEquals(1, run(env, "bash", "-c", "umask 022 && exec ./readiness evaluate --output " + open + " " + ARTICLE).exit());
        assertEquals(1, run(env, "bash", "-c", "umask 077 && exec ./readiness evaluate --output " + closed + " " + ARTICLE).exit());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(closed)));
        assertEquals(2, pids().size());
    }

    @Test
    void aDirectoryOthersCanEnterIsNeverUsed() throws Exception {
        Path open = Files.createDirectory(temp.resolve("open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        env.put("READINESS_DAEMON_DIR", open.toString());
        Run run = readiness(env, List.of("evaluate", ARTICLE));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("running without a background process") && run.err().contains("open to other users"), run.err());
        Map<String, String> own = new HashMap<>(env);
        own.put("READINESS_DAEMON", "0");
        assertEquals(readiness(own, List.of("evaluate", ARTICLE)).out(), run.out(), "the client ran it itself, loading the main jar");
        try (Stream<Path> files = Files.list(open)) {
            assertEquals(List.of(), files.toList(), "no socket made there");
        }
    }

    /**
     * The client jar holds everything the relaying JVM runs (its class path is that jar alone, for a
     * faster start): jdeps finds no Readiness class it uses outside it.
     */
    @Test
    void theClientJarNeedsNothingButItselfAndTheJdk() throws Exception {
        Path jdeps = Path.of(javaCommand()).resolveSibling("jdeps");
        Run run = run(Map.of(), jdeps.toString(), "-verbose:class", "target/readiness-client.jar");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("org.readiness.cli.daemon.DaemonClient"), run.out());
        List<String> missing = run.out().lines().filter(line -> line.contains("-> org.readiness") && line.contains("not found")).toList();
        assertEquals(List.of(), missing);
    }

    private List<Long> pids() throws Exception {
        Run status = readiness(env, List.of("daemon"));
        List<Long> pids = new ArrayList<>();
        Matcher matcher = PID.matcher(status.out());
        while (matcher.find()) {
            pids.add(Long.parseLong(matcher.group(1)));
        }
        return pids;
    }

    /** When each assessment was made is the one thing two runs cannot share. */
    private static String timeless(String output) {
        return output.replaceAll("\"evaluatedAt\" : \"[^\"]+\"", "\"evaluatedAt\" : \"…\"");
    }

    private static String withoutStartingLine(String err) {
        assertTrue(err.startsWith(STARTING), err);
        return err.substring(err.indexOf('\n') + 1);
    }

    private Run readiness(Map<String, String> environment, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./readiness"));
        command.addAll(args);
        return run(environment, command.toArray(String[]::new));
    }

    private Run run(Map<String, String> environment, String... command) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = process(environment, List.of(command), out, err);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the process finishes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Process process(Map<String, String> environment, List<String> command, Path out, Path err) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().putAll(environment);
        // the launcher runs the `java` on the path: make it the one running these tests
        Path javaHome = Path.of(javaCommand()).getParent();
        if (javaHome != null) {
            builder.environment().put("PATH", javaHome + java.io.File.pathSeparator + System.getenv("PATH"));
        }
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()); // a rebuild's output cannot fill a pipe
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
