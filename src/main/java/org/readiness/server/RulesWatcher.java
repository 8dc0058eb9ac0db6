package org.readiness.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.readiness.rules.RulesDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when their files change, on a thread of its own: requests never wait for a compile.
 *
 * <p>Two triggers, because neither alone is enough. The file system's watch service (inotify on Linux)
 * answers within milliseconds, but it misses what happens behind a symbolic link (a Kubernetes ConfigMap
 * swaps a {@code ..data} link), on network file systems, after an overflow, and when the directory itself is
 * replaced. So the directory is also scanned every poll interval, comparing each rule file's size,
 * modification time and identity (following links). Either trigger starts a debounce: the load waits until
 * the files have been quiet for the debounce time, so that an editor's save (write a temporary file, rename
 * it over the old one) or a {@code git checkout} of several files compiles once, whole.
 */
final class RulesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final LiveRules live;
    private final Path directory;
    private final Duration debounce;
    private final Duration poll;
    private final WatchService watchService;
    private final Thread thread;
    private volatile boolean closed;
    private WatchKey key;
    private List<String> fingerprint;

    /** Takes the first fingerprint now, before the first load, so that an edit made during it is not missed. */
    RulesWatcher(LiveRules live, Duration debounce, Duration poll) {
        this.live = live;
        this.directory = live.directory();
        this.debounce = debounce;
        this.poll = poll;
        this.fingerprint = fingerprint();
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot watch {} ({}); scanning it every {} ms instead", directory, e.getMessage(), poll.toMillis());
        }
        this.watchService = service;
        register();
        this.thread = new Thread(this::run, "readiness-rules-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!closed) {
                boolean changed = awaitEvent(poll);
                List<String> now = fingerprint();
                if (!changed && now.equals(fingerprint)) {
                    continue;
                }
                // Debounce: wait for a quiet spell with nothing new, then load what is there.
                while (!closed) {
                    boolean more = awaitEvent(debounce);
                    List<String> later = fingerprint();
                    if (!more && later.equals(now)) {
                        break;
                    }
                    now = later;
                }
                if (closed) {
                    return;
                }
                fingerprint = now;
                try {
                    live.load();
                } catch (RuntimeException e) {
                    // Not a problem with the rule files (those are ProblemExceptions, kept as the reload's
                    // failure) but a bug: say so, keep serving the last good rules, keep watching.
                    if (!closed) {
                        LOG.error("internal error while reloading the rules from {}; still serving the last good rules", directory, e);
                    }
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closing
        }
    }

    /** Waits up to {@code timeout} for an event about a rule file; true if one came. */
    private boolean awaitEvent(Duration timeout) throws InterruptedException {
        if (watchService == null) {
            Thread.sleep(timeout.toMillis());
            return false;
        }
        boolean relevant = false;
        long deadline = System.nanoTime() + timeout.toNanos();
        WatchKey signalled = watchService.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        while (signalled != null) {
            for (WatchEvent<?> event : signalled.pollEvents()) {
                relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW || isRuleFile(event.context().toString());
            }
            if (!signalled.reset()) {
                // The directory went away (or was replaced): watch it again once it is back; the scan
                // catches what happens in between.
                register();
                relevant = true;
            }
            if (relevant) {
                return true;
            }
            long left = deadline - System.nanoTime();
            signalled = left <= 0 ? null : watchService.poll(left, TimeUnit.NANOSECONDS);
        }
        if (key == null || !key.isValid()) {
            register();
        }
        return relevant;
    }

    private void register() {
        if (watchService == null) {
            return;
        }
        try {
            key = directory.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            key = null;
        }
    }

    private static boolean isRuleFile(String name) {
        return name.endsWith(".drl") || name.equals(RulesDirectory.CRITERIA_FILE);
    }

    /** Name, size, modification time and identity of every rule file, following links; cheap enough to take every second. */
    private List<String> fingerprint() {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(p -> isRuleFile(p.getFileName().toString())).sorted().toList()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    entries.add(file.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey());
                } catch (IOException e) {
                    entries.add(file.getFileName() + " unreadable");
                }
            }
        } catch (IOException e) {
            entries.add("directory unreadable: " + e.getMessage());
        }
        return entries;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
