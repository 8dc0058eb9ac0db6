package org.readiness.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;

/**
 * Writes a file whole or not at all: to a temporary file beside it, flushed to disk, then renamed over
 * the target in one step. A reader, or a crash at any moment, sees the old file or the new one, never a
 * torn one.
 */
public final class AtomicFile {

    private static final FileAttribute<Set<PosixFilePermission>> SHELL_DEFAULT =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-"));

    private AtomicFile() {
    }

    /**
     * A temporary file is created rw------- whatever the umask; asking for rw-rw-rw- lets the umask decide,
     * as it does for a shell's redirection (an output is shared as any other file is).
     */
    private static Path createTemporary(Path dir, String prefix) throws IOException {
        try {
            return Files.createTempFile(dir, prefix, ".tmp", SHELL_DEFAULT);
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dir, prefix, ".tmp"); // no POSIX permissions here: the platform's default
        }
    }

    public static void write(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new ProblemException(Problem.at(ProblemCode.NOT_A_FILE, Location.of(target.toString()),
                        "the output is a directory", "name a file to write"));
            }
            temp = createTemporary(dir, "." + absolute.getFileName());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (NoSuchFileException e) {
            boolean exists = Files.isDirectory(dir);
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(target.toString()),
                    exists ? "cannot write: files cannot be created in " + dir : "cannot write: the directory " + dir + " does not exist",
                    exists ? "choose another --output" : "create it or choose another --output"));
        } catch (AccessDeniedException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(target.toString()),
                    "cannot write: permission denied", "choose a writable --output"));
        } catch (IOException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(target.toString()),
                    "cannot write: " + e.getMessage(), null));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so; a stray temporary file is the lesser problem
                }
            }
        }
    }
}
