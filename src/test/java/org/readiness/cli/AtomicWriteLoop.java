package org.readiness.cli;

import java.nio.file.Path;

/**
 * A process that does nothing but replace one file, over and over, with one of two large contents, so
 * that {@link AtomicOutputIT} can kill it at random moments and check what is left.
 * Arguments: target file, size in bytes.
 */
public final class AtomicWriteLoop {

    private AtomicWriteLoop() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        String a = "A".repeat(size);
        String b = "B".repeat(size);
        System.out.println("writing");
        System.out.flush();
        for (long i = 0; ; i++) {
            AtomicFile.write(target, i % 2 == 0 ? a : b);
        }
    }
}
