package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case in {@code src/test/resources/bad-input/cases.yaml}, through the command line: the documented
 * exit code, one clear line per problem naming the file and line, no stack trace, nothing on stdout.
 */
class BadInputTest {

    static final String BAD = "src/test/resources/bad-input";

    /** One case of cases.yaml. */
    record Case(String name, List<String> args, int exit, String at, String code, String message, Integer problems) {
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
    void reportsBadInputClearly(Case c) {
        CliRun run = CliRun.of(c.args().stream().map(a -> a.replace("{bad}", BAD)).toArray(String[]::new));
        assertEquals(c.exit(), run.exit(), run.describe());
        assertEquals("", run.out(), "nothing is written to stdout when input is bad\n" + run.describe());
        List<String> lines = run.err().lines().toList();
        assertEquals(c.problems() == null ? 1 : c.problems(), lines.size(), "one line per problem\n" + run.describe());
        String first = lines.get(0);
        assertTrue(first.startsWith(c.at().replace("{bad}", BAD)), "location\n" + run.describe());
        assertTrue(first.endsWith("[" + c.code() + "]"), "problem code\n" + run.describe());
        assertTrue(first.contains(c.message()), "message\n" + run.describe());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace\n" + run.describe());
    }
}
