package org.readiness.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;

/**
 * The decision log: one JSON line per assessment answered, appended to a file.
 *
 * <p>A line is never torn and never interleaved with another: each is written by one {@code write} to a
 * file opened for appending, under a lock, before the response is sent, so a client that has its answer
 * has its line in the file (in the operating system's hands: it survives the process being killed, though
 * not a power cut, which would need a sync per line). Nothing is buffered in the process, so nothing is
 * lost when it stops; a line a power cut left half-written is ended when the log is next opened.
 */
final class DecisionLog implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    /** A regular file is synced to disk when closed; a device or pipe ({@code /dev/stdout}) cannot be. */
    private final boolean regular;

    private DecisionLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
        this.regular = Files.isRegularFile(file);
    }

    /**
     * Opens {@code file} for appending, creating it if need be; refuses (a problem, exit 4 at start-up)
     * what cannot be appended to, with why. A last line left unfinished by an earlier process (killed by a
     * power cut mid-write) is ended first, so that the next line is not glued to it.
     */
    static DecisionLog open(Path file) {
        if (Files.isDirectory(file)) {
            throw cannot(file, "it is a directory");
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            try {
                endTornLine(file, channel);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new DecisionLog(file, channel);
        } catch (NoSuchFileException e) {
            Path dir = file.toAbsolutePath().getParent();
            throw cannot(file, dir != null && Files.isDirectory(dir) ? "files cannot be created in " + dir
                    : "the directory " + dir + " does not exist");
        } catch (AccessDeniedException e) {
            throw cannot(file, "permission denied");
        } catch (FileSystemException e) {
            throw cannot(file, e.getReason() != null ? e.getReason() : e.toString());
        } catch (IOException e) {
            throw cannot(file, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    private static ProblemException cannot(Path file, String why) {
        return new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(file.toString()),
                "cannot append to the decision log: " + why, "choose a writable --decision-log file"));
    }

    /** A regular file that does not end with a line feed gets one (devices and pipes are left alone). */
    private static void endTornLine(Path file, FileChannel channel) throws IOException {
        if (!Files.isRegularFile(file) || channel.size() == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            reader.read(last, reader.size() - 1);
        }
        if (last.get(0) != '\n') {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    Path file() {
        return file;
    }

    /** Appends one line (a newline is added); throws when the file cannot be written. */
    synchronized void append(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (regular) {
                channel.force(false);
            }
        } finally {
            channel.close();
        }
    }
}
