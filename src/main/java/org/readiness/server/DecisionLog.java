package org.readiness.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
 * lost when it stops.
 */
final class DecisionLog implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private DecisionLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static DecisionLog open(Path file) {
        try {
            return new DecisionLog(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(file.toString()),
                    "cannot open the decision log: " + e.getMessage(), "choose a writable --decision-log file"));
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
        channel.force(false);
        channel.close();
    }
}
