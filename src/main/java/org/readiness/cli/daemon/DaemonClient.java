package org.readiness.cli.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.ProcessBuilder.Redirect;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.readiness.cli.Terminal;

/**
 * What {@code ./readiness} runs for a command (from the client jar, whose JVM opens no other): hands the
 * command line to the user's background process for this build and directory (starting it when there is
 * none) and relays its output and exit status; the command then costs a small JVM's start instead of
 * loading Drools again. Whenever that is not possible it runs the command in this JVM instead, as
 * {@code java -jar} would, loading the main jar then.
 */
public final class DaemonClient {

    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    /** The client jar is the main jar's name with this classifier (pom.xml). */
    private static final String CLIENT_JAR_SUFFIX = "-client.jar";
    /**
     * By name, not {@code DaemonServer.class}: the class is not in the client jar, whose JVM only relays
     * (DaemonPartsTest checks the name).
     */
    static final String SERVER_CLASS = "org.readiness.cli.daemon.DaemonServer";
    /** By name too: the client jar does not hold it. */
    static final String MAIN_CLASS = "org.readiness.cli.Main";
    /** {@code ExitCode.INTERNAL}, which the client jar does not hold either. */
    static final int INTERNAL_ERROR = 70;
    /** A cold JVM on a busy machine takes a few seconds to open its socket; beyond this something is wrong. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> OFF = Set.of("0", "false", "no", "off");
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    /** Longer than a year is a mistake, and would overflow the process's clock arithmetic. */
    private static final long MAX_IDLE_SECONDS = Duration.ofDays(366).toSeconds();
    /** Run in this JVM: the service is long-lived itself, and the daemon commands manage the processes. */
    private static final Set<String> OWN_JVM_COMMANDS = Set.of("serve", "daemon");

    private final Path jar;
    private final Terminal terminal;
    private final DaemonHome home;
    private final Identity identity;
    private final PrintStream err;

    private DaemonClient(Path jar, Terminal terminal) {
        this.jar = jar;
        this.terminal = terminal;
        this.home = DaemonHome.of(terminal.env());
        this.identity = Identity.of(jar, Path.of("").toAbsolutePath(), terminal.env());
        this.err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Terminal terminal = Terminal.system();
        Path jar = jar();
        if (jar != null && wanted(args, terminal.env())) {
            OptionalInt exit = new DaemonClient(jar, terminal).run(args);
            if (exit.isPresent()) {
                System.exit(exit.getAsInt());
            }
        }
        runHere(jar, args);
    }

    /**
     * Runs the command in this JVM, as {@code java -jar} would. From the client jar, the main jar is loaded
     * now, in a loader of its own (its manifest brings the libraries): the classes then all come from one
     * jar, as they do in a JVM started on it.
     */
    private static void runHere(Path jar, String[] args) throws Exception {
        ClassLoader loader = DaemonClient.class.getClassLoader();
        if (jar != null && !jar.equals(ownLocation())) {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
        }
        try {
            loader.loadClass(MAIN_CLASS).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** Off with READINESS_DAEMON=0; never for --debug, whose engine log is set up per JVM. */
    static boolean wanted(String[] args, Map<String, String> env) {
        String setting = env.getOrDefault("READINESS_DAEMON", "");
        if (OFF.contains(setting.trim().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--debug")) {
                return false;
            }
        }
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return !OWN_JVM_COMMANDS.contains(arg);
            }
        }
        return true;
    }

    /**
     * Readiness's jar, which the background process runs: as the launcher names it (finding it from this
     * class's code source costs a few milliseconds of every command), else this class's own jar, or when
     * that is the client jar (pom.xml, execution "client"), the main jar beside it. Null when this class
     * was not loaded from a jar (tests, an IDE).
     */
    private static Path jar() {
        String named = System.getProperty("readiness.jar");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        Path location = ownLocation();
        if (location == null) {
            return null;
        }
        String name = location.getFileName().toString();
        if (name.endsWith(CLIENT_JAR_SUFFIX)) {
            return location.resolveSibling(name.substring(0, name.length() - CLIENT_JAR_SUFFIX.length()) + ".jar");
        }
        return name.endsWith(".jar") ? location : null;
    }

    private static Path ownLocation() {
        try {
            return Path.of(DaemonClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The command's exit status, or empty when it should run in this JVM instead. */
    private OptionalInt run(String[] args) {
        try {
            home.prepare();
        } catch (IOException e) {
            warn("running without a background process: " + e.getMessage());
            return OptionalInt.empty();
        }
        Address address = home.address(identity);
        SocketChannel channel = connect(address.socket());
        if (channel == null) {
            note("starting a background process to make the next runs faster (`readiness daemon stop` ends it;"
                    + " READINESS_DAEMON=0 runs without one)");
            channel = start(address);
            if (channel == null) {
                warn("the background process did not start (its log: " + address.log() + "); running without it");
                return OptionalInt.empty();
            }
        }
        Relay stdout = new Relay(new FileOutputStream(FileDescriptor.out));
        Relay stderr = new Relay(err);
        try (SocketChannel open = channel) {
            if (!Protocol.sameUser(open)) { // the request carries the whole environment
                warn("the background process's socket belongs to another user; running without it");
                return OptionalInt.empty();
            }
            return relay(open, args, address, stdout, stderr);
        } catch (IOException e) {
            if (!stdout.wrote && !stderr.wrote) {
                // it closed as the request arrived (idle, or its jar rebuilt): nothing of the command ran
                warn("the background process went away (" + e.getMessage() + "); running without it");
                return OptionalInt.empty();
            }
            warn("lost the background process (" + e.getMessage() + "; its log: " + address.log() + "); run it again");
            return OptionalInt.of(INTERNAL_ERROR);
        }
    }

    private OptionalInt relay(SocketChannel channel, String[] args, Address address, Relay stdout, Relay stderr) throws IOException {
        DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Protocol.output(channel)));
        new Protocol.Request(identity.text(), args, terminal.env(), terminal.interactive(), terminal.errInteractive()).write(request);
        DataInputStream answer = new DataInputStream(new BufferedInputStream(Protocol.input(channel)));
        while (true) {
            int type = answer.read();
            switch (type) {
                case Protocol.OUT -> stdout.write(Protocol.payload(answer));
                case Protocol.ERR -> stderr.write(Protocol.payload(answer));
                case Protocol.EXIT -> {
                    return OptionalInt.of(answer.readInt());
                }
                case Protocol.DECLINED -> {
                    warn("the background process declined the command (" + Protocol.readString(answer) + "); running without it");
                    return OptionalInt.empty();
                }
                default -> {
                    if (stdout.wrote || stderr.wrote) {
                        warn("the background process stopped during the command (its log: " + address.log() + "); run it again");
                        return OptionalInt.of(INTERNAL_ERROR);
                    }
                    warn("the background process ended before answering (its log: " + address.log() + "); running without it");
                    return OptionalInt.empty();
                }
            }
        }
    }

    /** Standard output or error; once the reader has gone ({@code | head}), the rest is dropped, as a direct run does. */
    private static final class Relay {
        private final OutputStream target;
        private boolean wrote;
        private boolean broken;

        Relay(OutputStream target) {
            this.target = target;
        }

        void write(byte[] bytes) {
            wrote = true;
            if (broken) {
                return;
            }
            try {
                target.write(bytes);
                target.flush();
            } catch (IOException e) {
                broken = true;
            }
        }
    }

    private static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            return null; // nobody listening: a process that was killed left its socket
        }
    }

    /**
     * Starts the process and waits for its socket. A process that finds another holding the lock exits at
     * once ({@link DaemonServer#LOCK_HELD}): that one is starting, or ending (idle, or its jar rebuilt); wait
     * for its socket, and start another only once its lock is free.
     */
    private SocketChannel start(Address address) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            Process process = spawn(address);
            while (System.nanoTime() < deadline) {
                SocketChannel channel = connect(address.socket());
                if (channel != null) {
                    return channel;
                }
                if (!process.isAlive()) {
                    int exit = process.exitValue();
                    if (exit == DaemonServer.LOCK_HELD && !DaemonInfo.held(address.lock())) {
                        process = spawn(address);
                    } else if (exit != DaemonServer.LOCK_HELD && exit != 0) {
                        return null; // it failed: its log says why
                    }
                }
                Thread.sleep(10);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private Process spawn(Address address) throws IOException {
        List<String> command = new ArrayList<>();
        // A session of its own: signals for the first client's terminal or process group (Ctrl-Z, `timeout`,
        // an IDE's stop button) must not reach the process every later command runs in.
        SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> command.add(setsid.toString()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String archive = System.getProperty("readiness.jsa");
        if (archive != null && Files.isRegularFile(Path.of(archive))) {
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-Xshare:auto");
        }
        // A small heap, grown as commands need and shrunk again when idle (DaemonServer collects then): the
        // process waits between commands most of its life.
        command.addAll(List.of("-XX:+UseSerialGC", "-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-UsePerfData"));
        for (String option : terminal.env().getOrDefault("READINESS_JAVA_OPTS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", jar.toString(), SERVER_CLASS, home.directory().toString(),
                Long.toString(idleTime().toSeconds()), identity.text()));
        ProcessBuilder builder = new ProcessBuilder(command);
        // glibc gives each thread that allocates its own arena, kept after use: a process that lives for
        // hours and runs commands on fresh threads would hold them all
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        return builder
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectOutput(Redirect.appendTo(address.log().toFile()))
                .redirectErrorStream(true)
                .start();
    }

    /** READINESS_DAEMON_IDLE: seconds without a command before the process exits. */
    private Duration idleTime() {
        String seconds = terminal.env().get("READINESS_DAEMON_IDLE");
        if (seconds == null || seconds.isBlank()) {
            return DEFAULT_IDLE;
        }
        try {
            long value = Long.parseLong(seconds.trim());
            if (value > 0 && value <= MAX_IDLE_SECONDS) {
                return Duration.ofSeconds(value);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        warn("READINESS_DAEMON_IDLE must be a whole number of seconds from 1 to " + MAX_IDLE_SECONDS + ", not '" + seconds
                + "'; using " + DEFAULT_IDLE.toSeconds());
        return DEFAULT_IDLE;
    }

    private void note(String message) {
        err.println("readiness: " + message);
    }

    private void warn(String message) {
        err.println("readiness: warning: " + message);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // it was never connected
            }
        }
    }
}
