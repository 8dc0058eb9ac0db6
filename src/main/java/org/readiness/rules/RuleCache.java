package org.readiness.rules;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.readiness.document.Digest;

/**
 * Compiled rule sets kept on disk, so that a process whose rules have not changed since the last run
 * loads them instead of compiling them again (README, "Rule cache").
 *
 * <p>An entry is keyed by the SHA-256 of every rule file and {@code criteria.yaml} (their names and
 * bytes, not their sizes or dates), the rules directory as given, and the builds of Readiness, Drools and
 * the Java runtime: any edit, upgrade or rebuild is a different key, so an entry is never stale. Entries
 * are written whole to a temporary file and renamed into place, so concurrent processes each see an old
 * entry, a new one or none; every entry carries a checksum, and one that is truncated, damaged or cannot
 * be loaded is reported, ignored and rebuilt. Nothing here ever fails a load: when the cache cannot be
 * read or written the rules are compiled as if it were off.
 *
 * <p>An entry holds generated classes and serialised engine objects, so it is trusted like the rules
 * themselves: the directory must belong to the user running Readiness and be writable by no one else
 * (it is created {@code rwx------}), or it is not used.
 */
public final class RuleCache {

    /** What happened to the cache during one load. */
    public enum Outcome {
        /** The compiled rules were loaded from the entry. */
        HIT,
        /** No entry for these rules: they are compiled. */
        MISS,
        /** The freshly compiled rules were written to the entry. */
        STORED,
        /** The entry was truncated, damaged or unloadable: ignored, and rebuilt from the rules. */
        REJECTED,
        /** The cache could not be used (unwritable, or not private to this user): the rules are compiled. */
        UNAVAILABLE,
        /** This process had already loaded these rules ({@link RuleMemory}): only the files were read, to hash them. */
        REMEMBERED
    }

    /** One thing that happened, with the entry it concerns and, for REJECTED and UNAVAILABLE, why. */
    public record Event(Outcome outcome, Path entry, String detail) {
    }

    /** Entries beyond this many are deleted, least recently used first: one per rule set edited recently. */
    static final int MAX_ENTRIES = 64;
    /** A temporary file older than this was left by a process that died while writing. */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    private static final String SUFFIX = ".rules";

    private static final RuleCache DISABLED = new RuleCache(null, event -> { }, null);

    private final Path directory;
    private final Consumer<Event> listener;
    private final RuleMemory memory;

    private RuleCache(Path directory, Consumer<Event> listener, RuleMemory memory) {
        this.directory = directory;
        this.listener = listener;
        this.memory = memory;
    }

    /** No cache: every load compiles. */
    public static RuleCache disabled() {
        return DISABLED;
    }

    /** A cache in {@code directory}, created (private to this user) on first write. */
    public static RuleCache at(Path directory) {
        return new RuleCache(Objects.requireNonNull(directory), event -> { }, null);
    }

    /**
     * The cache the environment asks for: none if {@code READINESS_NO_CACHE} is set (to anything but the
     * empty string); else {@code $READINESS_CACHE_DIR}; else {@code $XDG_CACHE_HOME/readiness}; else
     * {@code $HOME/.cache/readiness}; none if no such variable is set.
     */
    public static RuleCache fromEnvironment(Map<String, String> env) {
        if (!blank(env.get("READINESS_NO_CACHE"))) {
            return disabled();
        }
        if (!blank(env.get("READINESS_CACHE_DIR"))) {
            return at(Path.of(env.get("READINESS_CACHE_DIR")));
        }
        // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and ignored.
        String xdg = env.get("XDG_CACHE_HOME");
        if (!blank(xdg) && Path.of(xdg).isAbsolute()) {
            return at(Path.of(xdg, "readiness"));
        }
        if (!blank(env.get("HOME"))) {
            return at(Path.of(env.get("HOME"), ".cache", "readiness"));
        }
        return disabled();
    }

    /**
     * The same cache, reporting what happens to {@code listener}: from a helper thread of the load for
     * what reading finds, then from the loading thread, one event at a time.
     */
    public RuleCache onEvent(Consumer<Event> newListener) {
        return directory == null ? this : new RuleCache(directory, Objects.requireNonNull(newListener), memory);
    }

    /**
     * The same cache, first asking {@code newMemory} for rule sets this process has loaded already. A
     * disabled cache stays disabled: no cache means every load compiles.
     */
    public RuleCache withMemory(RuleMemory newMemory) {
        return directory == null ? this : new RuleCache(directory, listener, Objects.requireNonNull(newMemory));
    }

    /** The rule set this process already loaded from exactly these files, if it remembers one. */
    Optional<RuleSet> remembered(RulesDirectory files) {
        if (memory == null || !usable()) {
            return Optional.empty();
        }
        String key = key(files);
        Optional<RuleSet> rules = memory.get(key);
        rules.ifPresent(found -> listener.accept(new Event(Outcome.REMEMBERED, entry(key), null)));
        return rules;
    }

    /** Remembers a rule set that loaded without a problem, for the next load in this process. */
    void remember(RulesDirectory files, RuleSet rules) {
        if (memory != null && usable()) {
            memory.put(key(files), rules);
        }
    }

    /** Where entries are kept; empty when the cache is off. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** The compiled rules for exactly these files, if an intact entry holds them. Never throws. */
    Optional<DrlCompiler.Compiled> read(RulesDirectory files) {
        if (!usable()) {
            return Optional.empty();
        }
        String key = key(files);
        Path entry = entry(key);
        try {
            if (!Files.isRegularFile(entry)) {
                listener.accept(new Event(Outcome.MISS, entry, null));
                return Optional.empty();
            }
            Optional<String> untrusted = untrusted(directory).or(() -> untrusted(entry));
            if (untrusted.isPresent()) {
                listener.accept(new Event(Outcome.UNAVAILABLE, entry, untrusted.get()));
                return Optional.empty();
            }
            DrlCompiler.Compiled compiled = CompiledRulesCodec.decode(key, Files.readAllBytes(entry));
            touch(entry);
            listener.accept(new Event(Outcome.HIT, entry, null));
            return Optional.of(compiled);
        } catch (CompiledRulesCodec.CorruptEntryException e) {
            listener.accept(new Event(Outcome.REJECTED, entry, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            listener.accept(new Event(Outcome.REJECTED, entry, "cannot read it: " + describe(e)));
        }
        return Optional.empty();
    }

    /** Keeps freshly compiled rules for the next load. Never throws. */
    void write(RulesDirectory files, DrlCompiler.Compiled compiled) {
        if (!usable()) {
            return;
        }
        String key = key(files);
        Path entry = entry(key);
        Path temp = null;
        try {
            byte[] bytes = CompiledRulesCodec.encode(key, compiled);
            createPrivateDirectory();
            Optional<String> untrusted = untrusted(directory);
            if (untrusted.isPresent()) {
                listener.accept(new Event(Outcome.UNAVAILABLE, entry, untrusted.get()));
                return;
            }
            temp = Files.createTempFile(directory, "." + entry.getFileName(), ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            listener.accept(new Event(Outcome.STORED, entry, null));
            evict();
        } catch (IOException | RuntimeException e) {
            listener.accept(new Event(Outcome.UNAVAILABLE, entry, "cannot write " + directory + ": " + describe(e)));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and said so; the stray file is removed by a later eviction
                }
            }
        }
    }

    /** A snapshot build run without Maven's filtering cannot be told from the next one: no cache then. */
    private boolean usable() {
        return directory != null && BuildInfo.BUILD != null;
    }

    String key(RulesDirectory files) {
        String digest = new Digest()
                .add("readiness-rule-cache").add(Integer.toString(CompiledRulesCodec.FORMAT))
                .add(BuildInfo.READINESS).add(String.valueOf(BuildInfo.BUILD)).add(BuildInfo.DROOLS)
                .add(Runtime.version().toString())
                .add(files.path().toString())
                .add(files.hash())
                .finish();
        return digest.substring(digest.indexOf(':') + 1);
    }

    Path entry(String key) {
        return directory.resolve(key + SUFFIX);
    }

    private void createPrivateDirectory() throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw e;
            }
            // another process created it first
        }
    }

    /** Why {@code path} may have been written by someone else; empty when only this user could have. */
    private static Optional<String> untrusted(Path path) {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return Optional.empty(); // no POSIX permissions here (Windows): the user profile's own protection applies
        } catch (IOException e) {
            return Optional.of("cannot read the attributes of " + path + ": " + describe(e));
        }
        String user = System.getProperty("user.name", "?");
        if (!"?".equals(user) && !attributes.owner().getName().equals(user)) {
            return Optional.of(path + " belongs to " + attributes.owner().getName() + ", not " + user);
        }
        if (attributes.permissions().contains(PosixFilePermission.GROUP_WRITE)
                || attributes.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of(path + " is writable by others (chmod go-w it, or set READINESS_CACHE_DIR)");
        }
        return Optional.empty();
    }

    /** Marks an entry as recently used, for eviction; a read-only cache simply keeps its dates. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // eviction order is a nicety
        }
    }

    /** Keeps the newest {@link #MAX_ENTRIES} entries and removes temporary files abandoned by crashed writers. */
    private void evict() {
        List<Path> entries = new ArrayList<>();
        Instant abandoned = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    entries.add(file);
                } else if (name.startsWith(".") && name.endsWith(".tmp") && modified(file).isBefore(abandoned)) {
                    Files.deleteIfExists(file);
                }
            }
            if (entries.size() > MAX_ENTRIES) {
                entries.sort(Comparator.comparing(RuleCache::modified));
                for (Path old : entries.subList(0, entries.size() - MAX_ENTRIES)) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a cache that grows past its bound is better than a run that fails over housekeeping
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
