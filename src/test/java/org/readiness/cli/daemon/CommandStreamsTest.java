package org.readiness.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the engine's logger or a library prints during a command in the background process reaches that
 * command (from its thread and the threads it starts, as a sweep's workers), and what is printed outside
 * a command goes to the process's log.
 */
class CommandStreamsTest {

    @Test
    void outputFollowsTheCommandOfTheThreadThatPrintsIt() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            CommandStreams.install();
            ByteArrayOutputStream commandOut = new ByteArrayOutputStream();
            ByteArrayOutputStream commandErr = new ByteArrayOutputStream();
            Thread command = new Thread(() -> {
                CommandStreams.bind(commandOut, commandErr);
                System.out.println("result");
                Thread worker = new Thread(() -> System.err.println("from a worker"));
                worker.start();
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                CommandStreams.unbind();
                System.err.println("after the command");
            });
            command.start();
            System.out.println("the process itself");
            command.join();
            assertEquals("result\n", commandOut.toString(StandardCharsets.UTF_8));
            assertEquals("from a worker\n", commandErr.toString(StandardCharsets.UTF_8));
            String logged = log.toString(StandardCharsets.UTF_8);
            assertEquals(2, logged.lines().count(), logged);
            assertEquals(true, logged.contains("the process itself") && logged.contains("after the command"), logged);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
