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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;
import org.readiness.cli.Cli;
import org.readiness.cli.ExitCode;
import org.readiness.cli.Terminal;
import org.readiness.rules.RuleMemory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The background process: runs command lines sent to its socket in this one warm JVM, each exactly as
 * {@code Main} would run it in a JVM of its own ({@link Identity} says what must match), and exits when it
 * has been idle for its idle time, when its jar is rebuilt, or on SIGTERM ({@code readiness daemon stop}).
 */
public final class DaemonServer {

    /** Commands running at once; more wait their turn rather than share two cores further. */
    private static final int CONCURRENT = 4;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration COLLECT_AFTER = Duration.ofSeconds(10);

    private final Address address;
    private final Identity identity;
    private final Duration idleTime;
    private final String userName = System.getProperty("user.name");
    private final Semaphore slots = new Semaphore(CONCURRENT, true);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicInteger requests = new AtomicInteger();
    private final RuleMemory memory = new RuleMemory();
    /** The last activity after which the heap was collected (only the checks thread reads and writes it). */
    private long collectedAfter;

    private DaemonServer(Address address, Identity identity, Duration idleTime) {
        this.address = address;
        this.identity = identity;
        this.idleTime = idleTime;
    }

    /** {@code DaemonServer <directory> <idle seconds> <identity>}, started by {@link DaemonClient}. */
    public static void main(String[] args) throws IOException {
        // The client's terminal shares its signals with this process's group: Ctrl-C there must stop the
        // command, not the process serving everyone's commands; closing the terminal must not stop it either.
        for (String name : new String[] {"INT", "HUP"}) {
            Signal.handle(new Signal(name), SignalHandler.SIG_IGN);
        }
        Identity identity = new Identity(args[2]);
        Address address = new DaemonHome(Path.of(args[0])).address(identity);
        Duration idle = Duration.ofSeconds(Long.parseLong(args[1]));
        System.exit(new DaemonServer(address, identity, idle).serve());
    }

    private int serve() throws IOException {
        try (FileChannel lockChannel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                return 0; // another process for this identity started first: the client connects to it
            }
            Files.deleteIfExists(address.socket()); // left by a process that was killed: we hold the lock now
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(address.socket()));
                new DaemonInfo(ProcessHandle.current().pid(), Path.of("").toAbsolutePath().toString(), jar().toString(),
                        Instant.now(), address.info()).write();
                Runtime.getRuntime().addShutdownHook(new Thread(this::drainAndForget, "readiness-daemon-stop"));
                ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(daemonThreads("readiness-daemon-checks"));
                long jarStamp = jarStamp();
                checks.scheduleWithFixedDelay(() -> {
                    if (shouldEnd(jarStamp)) {
                        closeQuietly(server);
                    } else {
                        collectOnceIdle();
                    }
                }, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                acceptUntilClosed(server);
            }
            return 0;
        }
    }

    private void acceptUntilClosed(ServerSocketChannel server) {
        while (server.isOpen()) {
            SocketChannel connection;
            try {
                connection = server.accept();
            } catch (IOException e) {
                return; // closed by the checks: idle, or the jar was rebuilt
            }
            running.incrementAndGet();
            Thread handler = new Thread(() -> handle(connection), "readiness-request-" + requests.incrementAndGet());
            handler.start();
        }
    }

    /** Idle for longer than the idle time, or serving a jar that has since been rebuilt or removed. */
    private boolean shouldEnd(long jarStamp) {
        if (running.get() > 0) {
            return false;
        }
        boolean idle = System.nanoTime() - lastActive.get() > idleTime.toNanos();
        return idle || jarStamp() != jarStamp || !Files.exists(address.socket());
    }

    /**
     * A full collection once the commands have stopped for a while: the serial collector shrinks the heap
     * only then, and an idle process should hold no more memory than its remembered rule sets need.
     */
    private void collectOnceIdle() {
        long last = lastActive.get();
        if (running.get() == 0 && last != collectedAfter && System.nanoTime() - last > COLLECT_AFTER.toNanos()) {
            collectedAfter = last;
            System.gc();
        }
    }

    private void handle(SocketChannel connection) {
        try (connection) {
            DataInputStream in = new DataInputStream(Protocol.input(connection));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Protocol.output(connection)));
            if (!fromThisUser(connection)) {
                decline(out, "the caller is not the user this process runs as");
                return;
            }
            Protocol.Request request = Protocol.Request.read(in);
            if (!request.identity().equals(identity.text())) {
                decline(out, "this process serves another build, JVM or directory");
                return;
            }
            slots.acquire();
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

    private boolean fromThisUser(SocketChannel connection) {
        try {
            return connection.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName().equals(userName);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
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
        PrintWriter stdout = new PrintWriter(new FrameOutput(out, Protocol.OUT), false, StandardCharsets.UTF_8);
        PrintWriter stderr = new PrintWriter(new FrameOutput(out, Protocol.ERR), true, StandardCharsets.UTF_8);
        try {
            return new Cli(stdout, stderr, new Terminal(request.env(), request.interactive(), request.errInteractive()), memory)
                    .run(request.args());
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Cli handles every exception; an error this deep leaves this JVM in doubt: answer, then end it
            stderr.println("readiness: internal error: " + e + " (the background process stops; run again)");
            stderr.flush();
            Runtime.getRuntime().halt(ExitCode.INTERNAL.code());
            return ExitCode.INTERNAL.code();
        } finally {
            finished.set(true);
            Thread.interrupted(); // an interrupt for a client that has gone must not outlive its command
        }
    }

    /** On SIGTERM: let running commands finish (briefly), then leave no socket or description behind. */
    private void drainAndForget() {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        try {
            Files.deleteIfExists(address.socket());
            Files.deleteIfExists(address.info());
        } catch (IOException e) {
            // the next process for this identity replaces them
        }
    }

    private Path jar() {
        return Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
    }

    private long jarStamp() {
        java.io.File jar = jar().toFile();
        return jar.lastModified() * 31 + jar.length();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void closeQuietly(ServerSocketChannel server) {
        try {
            server.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }
}
