package org.readiness.cli.daemon;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory where a user's background processes keep their sockets, locks, logs and descriptions. It
 * must be private to the user: whoever can connect to a socket there runs commands as this user.
 */
public record DaemonHome(Path directory) {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final int MAX_SOCKET_PATH = 107;

    /** {@code READINESS_DAEMON_DIR}, else {@code $XDG_RUNTIME_DIR/readiness}, else a per-user directory in /tmp. */
    public static DaemonHome of(Map<String, String> env) {
        String chosen = env.get("READINESS_DAEMON_DIR");
        if (chosen != null && !chosen.isBlank()) {
            return new DaemonHome(Path.of(chosen));
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return new DaemonHome(Path.of(runtime, "readiness"));
        }
        return new DaemonHome(Path.of(System.getProperty("java.io.tmpdir"), "readiness-" + System.getProperty("user.name")));
    }

    /**
     * Makes the directory if it is missing, and checks that it is a real directory that only this user can
     * enter; a directory someone else made or opened up could hand our commands to their process.
     *
     * @throws IOException saying what is wrong with it
     */
    public void prepare() throws IOException {
        // A Unix socket's path holds at most 107 bytes; the socket is <key>.sock, 21 more than the directory.
        if (directory.toAbsolutePath().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 22 > MAX_SOCKET_PATH) {
            throw new IOException(directory + " is too long a path for a socket (set READINESS_DAEMON_DIR to a shorter one)");
        }
        try {
            Files.createDirectories(directory.toAbsolutePath().getParent());
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            // made by an earlier run: checked below like any other
        } catch (UnsupportedOperationException e) {
            throw new IOException("this file system has no owner-only permissions");
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(directory + " is not a directory");
        }
        UserPrincipal me = directory.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        if (!Files.getOwner(directory, LinkOption.NOFOLLOW_LINKS).equals(me)) {
            throw new IOException(directory + " belongs to another user");
        }
        if (!Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY)) {
            throw new IOException(directory + " is open to other users (chmod 700 it, or remove it)");
        }
    }

    /** The files of the background process for one identity (see {@link Identity}). */
    Address address(Identity identity) {
        return new Address(this, identity.key());
    }

    /** Every background process that has described itself here, running or not. */
    public List<DaemonInfo> list() throws IOException {
        List<DaemonInfo> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (DirectoryStream<Path> infos = Files.newDirectoryStream(directory, "*" + Address.INFO)) {
            for (Path info : infos) {
                DaemonInfo.read(info).ifPresent(found::add);
            }
        }
        return found;
    }
}
