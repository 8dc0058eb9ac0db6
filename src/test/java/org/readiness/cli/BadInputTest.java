package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case in {@code src/test/resources/bad-input/cases.yaml}, through the command line: the documented
 * exit code, one clear line per problem naming the file and line, no stack trace, nothing on stdout and
 * no output file. Cases too large to commit are generated under {@code target/bad-input-generated/}.
 * The test JVM runs with a 512 MiB heap (pom.xml), so the large cases also prove bounded memory.
 */
class BadInputTest {

    static final String BAD = "src/test/resources/bad-input";
    static final Path GENERATED = Path.of("target", "bad-input-generated");

    /** A file written before the case runs: {@code head}, then {@code repeat} {@code times} times, then {@code tail}. */
    record Generate(String file, String head, String repeat, int times, String tail) {
    }

    /**
     * One case of cases.yaml.
     *
     * @param usage  a usage error: picocli's message, the command's synopsis and a pointer to --help rather than a problem line
     * @param absent a file that must not exist afterwards (an output that must not be written)
     */
    record Case(String name, List<String> args, int exit, String at, String code, String message, Integer problems,
                Generate generate, Boolean usage, String absent) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readValue(Path.of(BAD, "cases.yaml").toFile(), new TypeReference<List<Case>>() { })
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void reportsBadInputClearly(Case c) throws IOException {
        if (c.generate() != null) {
            generate(c.generate());
        }
        CliRun run = CliRun.of(c.args().stream().map(BadInputTest::expand).toArray(String[]::new));
        assertEquals(c.exit(), run.exit(), run.describe());
        assertEquals("", run.out(), "nothing is written to stdout when input is bad\n" + run.describe());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace\n" + run.describe());
        if (c.absent() != null) {
            assertFalse(Files.exists(Path.of(expand(c.absent()))), "no output file is written\n" + run.describe());
        }
        List<String> lines = run.err().lines().toList();
        String first = lines.get(0);
        if (Boolean.TRUE.equals(c.usage())) {
            assertTrue(first.startsWith("readiness: ") && first.contains(c.message()), "message\n" + run.describe());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Usage: readiness")), "the command's synopsis\n" + run.describe());
            assertTrue(lines.get(lines.size() - 1).endsWith("--help' for usage."), "a pointer to --help last\n" + run.describe());
            return;
        }
        assertEquals(c.problems() == null ? 1 : c.problems(), lines.size(), "one line per problem\n" + run.describe());
        assertTrue(first.startsWith(expand(c.at())), "location\n" + run.describe());
        assertTrue(first.endsWith("[" + c.code() + "]"), "problem code\n" + run.describe());
        assertTrue(first.contains(c.message()), "message\n" + run.describe());
    }

    private static String expand(String text) {
        return text.replace("{bad}", BAD).replace("{generated}", GENERATED.toString());
    }

    private static void generate(Generate g) throws IOException {
        Files.createDirectories(GENERATED);
        try (Writer out = Files.newBufferedWriter(GENERATED.resolve(g.file()), StandardCharsets.UTF_8)) {
            out.write(g.head() == null ? "" : g.head());
            for (int i = 0; i < g.times(); i++) {
                out.write(g.repeat());
            }
            out.write(g.tail() == null ? "" : g.tail());
        }
    }
}
