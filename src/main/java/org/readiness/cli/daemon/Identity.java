package org.readiness.cli.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What a background process must share with a command for the command to run in it and behave exactly as
 * it would in a JVM of its own: the same build of the jar and its libraries, the same JVM and options, the
 * same working directory (relative paths resolve against the process's), the same umask, and the locale
 * and time zone the JVM fixed at start. Anything else the command reads (its environment, whether it writes to a
 * terminal) travels with each request.
 */
record Identity(String text) {

    /** The environment variables a JVM reads once, at start. */
    private static final List<String> FIXED_AT_START = List.of("TZ", "LANG", "LC_ALL", "LC_CTYPE", "LC_MESSAGES",
            "READINESS_JAVA_OPTS", "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    static Identity of(Path jar, Path workingDirectory, Map<String, String> env) {
        File jarFile = jar.toFile();
        File lib = jar.resolveSibling("lib").toFile();
        StringBuilder text = new StringBuilder()
                .append("jar=").append(jar).append(' ').append(jarFile.length()).append(' ').append(jarFile.lastModified())
                .append("\nlib=").append(lib.lastModified())
                .append("\njava=").append(System.getProperty("java.home")).append(' ').append(System.getProperty("java.vm.version"))
                .append("\ncwd=").append(workingDirectory).append(' ').append(fileKey(workingDirectory))
                .append("\numask=").append(umask());
        for (String name : FIXED_AT_START) {
            text.append('\n').append(name).append('=').append(env.getOrDefault(name, ""));
        }
        return new Identity(text.toString());
    }

    /**
     * A file itself (device and inode), not only its name, or null when there is none: a process whose
     * working directory was removed and made again would resolve relative paths in the removed one.
     */
    static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The permissions files are created with (Linux shows it in /proc since 4.7): a process started from a
     * shell with another umask would write outputs and cache entries more open, or more closed, than asked.
     */
    private static String umask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return line.substring("Umask:".length()).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: every shell's commands share one process, as they would a umask
        }
        return "";
    }

    /**
     * A file name for this identity. Collisions are harmless, not a security question (the process compares
     * the whole identity of each request and declines another's); two checksums keep them rare.
     */
    String key() {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits(text.hashCode());
    }
}
