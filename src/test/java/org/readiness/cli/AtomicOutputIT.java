package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs ({@code --output}, {@code --junit}) are written whole or not at all, even when the process is
 * killed (SIGKILL, no chance to clean up) at any moment: what is left is the old file or the new one,
 * never a torn one.
 */
class AtomicOutputIT {

    private static final int SIZE = 4 * 1024 * 1024;

    @Test
    void killingAWriterAtRandomMomentsNeverLeavesATornFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.txt");
        Random random = new Random(42);
        int kills = 0;
        for (int i = 0; i < 15; i++) {
            Process writer = java(List.of("-cp", System.getProperty("java.class.path"), AtomicWriteLoop.class.getName(),
                    target.toString(), Integer.toString(SIZE)));
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("writing", out.readLine());
                Thread.sleep(random.nextInt(400));
                writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                kills++;
            }
            if (Files.exists(target)) {
                String content = Files.readString(target);
                assertEquals(SIZE, content.length(), "a whole file after kill " + kills);
                assertTrue(content.chars().allMatch(c -> c == content.charAt(0)), "one content, not a mix, after kill " + kills);
            }
        }
        assertTrue(Files.exists(target), "the writer got some files written");
    }

    @Test
    void killingTheCommandLineMidRunLeavesThePreviousAssessment(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("assessment.json");
        List<String> args = new ArrayList<>(List.of("-jar", "target/readiness.jar", "evaluate", "--format", "json",
                "--output", target.toString()));
        for (int i = 0; i < 200; i++) {
            args.add("facts/2025-03-coalition-planning.yaml");
        }
        Process first = java(args);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        String whole = Files.readString(target);
        assertEquals(200, new ObjectMapper().readTree(whole).size());

        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            Process again = java(args);
            Thread.sleep(1_000 + random.nextInt(4_000));
            again.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertEquals(200, new ObjectMapper().readTree(Files.readString(target)).size(), "still a whole assessment array");
        }
    }

    @Test
    void killingARuleTestRunLeavesThePreviousJUnitReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("rule-tests.xml");
        List<String> args = List.of("-jar", "target/readiness.jar", "test", "--junit", report.toString());
        Process first = java(args);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        int cases = testCases(report);
        assertTrue(cases > 50, "every shipped case is in the report: " + cases);

        Random random = new Random(11);
        for (int i = 0; i < 6; i++) {
            Process again = java(args);
            Thread.sleep(500 + random.nextInt(2_500));
            again.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertEquals(cases, testCases(report), "still a whole JUnit report after kill " + (i + 1));
        }
    }

    /** The number of test cases in a JUnit XML report; fails on a torn (unparseable) file. */
    private static int testCases(Path report) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("testcase").getLength();
    }

    private static Process java(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
