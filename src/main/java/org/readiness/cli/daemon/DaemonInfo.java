package org.readiness.cli.daemon;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a background process says about itself in its {@code .info} file, for {@code readiness daemon}.
 *
 * @param infoFile where it was read from; its siblings are the process's other files
 */
public record DaemonInfo(long pid, String workingDirectory, String jar, Instant started, Path infoFile) {

    static Optional<DaemonInfo> read(Path infoFile) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(infoFile, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new DaemonInfo(Long.parseLong(properties.getProperty("pid")), properties.getProperty("cwd"),
                    properties.getProperty("jar"), Instant.parse(properties.getProperty("started")), infoFile));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being written, or left half-written by a killed process: not a running one
        }
    }

    /** Written whole or not at all: a reader sees the old file, the new one or none. */
    void write() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("cwd", workingDirectory);
        properties.setProperty("jar", jar);
        properties.setProperty("started", started.toString());
        Path partial = infoFile.resolveSibling(infoFile.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, "a Readiness background process (readiness daemon status)");
        }
        Files.move(partial, infoFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The process holds its lock for as long as it runs; a lock anyone else can take means it has ended. */
    public boolean running() {
        return held(lockFile());
    }

    /** Whether a process holds {@code lock}: from before its socket exists until it exits. */
    static boolean held(Path lock) {
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                FileLock taken = channel.tryLock()) {
            return taken == null;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | OverlappingFileLockException e) {
            return true;
        }
    }

    /** Asks the process to stop (SIGTERM: it finishes the commands it is running, then exits). */
    public boolean stop() {
        return ProcessHandle.of(pid)
                .filter(process -> process.info().arguments().map(args -> List.of(args).contains(DaemonClient.SERVER_CLASS)).orElse(false))
                .map(ProcessHandle::destroy)
                .orElse(false);
    }

    /** Removes the description and log of a process that has ended (its lock stays: a successor may hold it). */
    public void forget() throws IOException {
        Files.deleteIfExists(infoFile);
        Files.deleteIfExists(log());
    }

    /** The log the process writes (its standard output and error). */
    public Path log() {
        return sibling(".log");
    }

    private Path lockFile() {
        return sibling(".lock");
    }

    private String key() {
        String name = infoFile.getFileName().toString();
        return name.substring(0, name.length() - Address.INFO.length());
    }

    private Path sibling(String suffix) {
        return infoFile.resolveSibling(key() + suffix);
    }
}
