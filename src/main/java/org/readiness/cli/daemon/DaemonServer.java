package org.readiness.cli.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.readiness.cli.Cli;
import org.readiness.cli.ExitCode;
import org.readiness.cli.Terminal;
import org.readiness.rules.RuleMemory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The background process: runs command lines sent to its socket in this one warm JVM, each exactly as
 * {@code Main} would run it in a JVM of its own ({@link Identity} says what must match), and exits when it
 * has been idle for its idle time, when its jar is rebuilt or its socket removed, or on SIGTERM
 * ({@code readiness daemon stop}).
 *
 * <p>Ending goes in one order whatever the cause: the socket file goes first (while this process still
 * holds the lock, so that it cannot be a successor's), then running commands finish, then the
 * description goes, and the lock is released last, by exiting.
 */
public final class DaemonServer {

    /** The exit status when another process for the same identity holds the lock: the client waits for it. */
    static final int LOCK_HELD = 75;
    /** Commands running at once; a command that finds no slot soon runs in its own JVM instead. */
    private static final int CONCURRENT = 4;
    private static final Duration WAIT_FOR_SLOT = Duration.ofMillis(250);
    /** How long SIGTERM lets running commands finish. */
    private static final Duration DRAIN = Duration.ofSeconds(30);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration COLLECT_AFTER = Duration.ofSeconds(10);

    private final Address address;
    private final Identity identity;
    private final Duration idleTime;
    private final Semaphore slots = new Semaphore(CONCURRENT, true);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final RuleMemory memory = new RuleMemory();
    private ServerSocketChannel server;
    /** The socket file this process bound (device and inode): only that one is ever deleted. */
    private Object socketKey;
    /** The last activity after which the heap was collected (only the checks thread reads and writes it). */
    private long collectedAfter;

    private DaemonServer(Address address, Identity identity, Duration idleTime) {
        this.address = address;
        this.identity = identity;
        this.idleTime = idleTime;
    }

    /** {@code DaemonServer <directory> <idle seconds> <identity>}, started by {@link DaemonClient}. */
    public static void main(String[] args) throws IOException {
        // It runs in a session of its own when setsid(1) exists; when not, the first client's terminal
        // shares its signals: Ctrl-C, Ctrl-Z or a closed terminal there must not stop the process serving
        // everyone's commands.
        for (String name : new String[] {"INT", "HUP", "TSTP", "TTIN", "TTOU"}) {
            try {
                Signal.handle(new Signal(name), SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // no such signal here, or the JVM keeps it: its default applies
            }
        }
        CommandStreams.install();
        Identity identity = new Identity(args[2]);
        Address address = new DaemonHome(Path.of(args[0])).address(identity);
        Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
        System.exit(new DaemonServer(address, identity, idle).serve());
    }

    private int serve() throws IOException {
        try (FileChannel lockChannel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                return LOCK_HELD;
            }
            Files.deleteIfExists(address.socket()); // left by a process that was killed: we hold the lock now
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(address.socket()));
            socketKey = Identity.fileKey(address.socket());
            new DaemonInfo(ProcessHandle.current().pid(), Path.of("").toAbsolutePath().toString(), jar().toString(),
                    Instant.now(), address.info()).write();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> end(DRAIN), "readiness-daemon-stop"));
            ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "readiness-daemon-checks");
                thread.setDaemon(true);
                return thread;
            });
            long jarStamp = jarStamp();
            checks.scheduleWithFixedDelay(() -> check(jarStamp), CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            acceptUntilClosed();
            // Closed by the checks: a command accepted just before still runs to its end.
            end(null);
            return 0;
        }
    }

    private void acceptUntilClosed() {
        while (accepting.get()) {
            SocketChannel connection;
            try {
                connection = server.accept();
            } catch (IOException e) {
                return; // closed: the checks or SIGTERM end the process
            }
            running.incrementAndGet();
            Thread handler = new Thread(() -> handle(connection), "readiness-request-" + requests.incrementAndGet());
            handler.start();
        }
    }

    /** Every few seconds: end when idle too long or stale; otherwise give memory back once idle. */
    private void check(long jarStamp) {
        try {
            if (running.get() > 0) {
                return;
            }
            long idle = System.nanoTime() - lastActive.get();
            if (idle > idleTime.toNanos() || jarStamp() != jarStamp || !Objects.equals(Identity.fileKey(address.socket()), socketKey)) {
                stopAccepting();
            } else if (lastActive.get() != collectedAfter && idle > COLLECT_AFTER.toNanos()) {
                // the serial collector shrinks the heap only on a full collection
                collectedAfter = lastActive.get();
                System.gc();
            }
        } catch (RuntimeException e) {
            e.printStackTrace(); // to the log; a check that throws would otherwise cancel every later one
        }
    }

    /** The socket file first, while the lock is still held, so that a successor's is never the one removed. */
    private void stopAccepting() {
        if (!accepting.getAndSet(false)) {
            return;
        }
        try {
            if (Objects.equals(Identity.fileKey(address.socket()), socketKey)) {
                Files.deleteIfExists(address.socket());
            }
            server.close();
        } catch (IOException e) {
            // the process is ending; the next one replaces what is left
        }
    }

    /** Stops accepting, lets running commands finish (for at most {@code limit}, or all the way), forgets itself. */
    private void end(Duration limit) {
        stopAccepting();
        long until = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        while (running.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        try {
            Files.deleteIfExists(address.info());
        } catch (IOException e) {
            // `readiness daemon` drops a description whose process has ended
        }
    }

    private void handle(SocketChannel connection) {
        try (connection) {
            DataInputStream in = new DataInputStream(Protocol.input(connection));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Protocol.output(connection)));
            if (!Protocol.sameUser(connection)) {
                decline(out, "the caller is not the user this process runs as");
                return;
            }
            Protocol.Request request = Protocol.Request.read(in);
            if (!request.identity().equals(identity.text())) {
                decline(out, "this process serves another build, JVM or directory");
                return;
            }
            if (!slots.tryAcquire(WAIT_FOR_SLOT.toMillis(), TimeUnit.MILLISECONDS)) {
                decline(out, "it is running " + CONCURRENT + " commands already");
                return;
            }
            try {
                int exit = run(request, connection, out);
                synchronized (out) {
                    out.writeByte(Protocol.EXIT);
                    out.writeInt(exit);
                    out.flush();
                }
            } finally {
                slots.release();
            }
        } catch (IOException | InterruptedException e) {
            // the client went away; its command was interrupted, and nobody is left to tell
        } finally {
            lastActive.set(System.nanoTime());
            running.decrementAndGet();
        }
    }

    private static void decline(DataOutputStream out, String reason) throws IOException {
        out.writeByte(Protocol.DECLINED);
        Protocol.writeString(out, reason);
        out.flush();
    }

    /**
     * Runs the command on this thread while another waits for the client to hang up (it sends nothing after
     * its request): Ctrl-C on the client interrupts the command, as it would have stopped its JVM.
     */
    private int run(Protocol.Request request, SocketChannel connection, DataOutputStream out) {
        Thread command = Thread.currentThread();
        AtomicBoolean finished = new AtomicBoolean();
        // Not interrupted when the command ends: interrupting a read closes the channel the exit status
        // still has to go through. It ends when the connection closes, after the exit status.
        Thread hangUp = new Thread(() -> {
            try {
                Protocol.input(connection).read();
            } catch (IOException e) {
                // closed: the same as a hang-up
            }
            if (!finished.get()) {
                command.interrupt();
            }
        }, command.getName() + "-hang-up");
        hangUp.setDaemon(true);
        hangUp.start();
        FrameOutput stdoutFrames = new FrameOutput(out, Protocol.OUT);
        FrameOutput stderrFrames = new FrameOutput(out, Protocol.ERR);
        PrintWriter stdout = new PrintWriter(stdoutFrames, false, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(stderrFrames, true, StandardCharsets.UTF_8);
        CommandStreams.bind(stdoutFrames, stderrFrames);
        try {
            return new Cli(stdout, stderr, new Terminal(request.env(), request.interactive(), request.errInteractive()), memory)
                    .run(request.args());
        } catch (Error e) {
            // Cli turns every exception into a message and an exit status; an error leaves this JVM in
            // doubt (a class that failed to initialise stays broken): answer, then end the process
            stderr.println("readiness: internal error: " + e + " (the background process stops; run the command again)");
            stderr.flush();
            Runtime.getRuntime().halt(ExitCode.INTERNAL.code());
            return ExitCode.INTERNAL.code();
        } finally {
            CommandStreams.unbind();
            finished.set(true);
            Thread.interrupted(); // an interrupt for a client that has gone must not outlive its command
        }
    }

    private Path jar() {
        return Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
    }

    private long jarStamp() {
        java.io.File jar = jar().toFile();
        return jar.lastModified() * 31 + jar.length();
    }

}
