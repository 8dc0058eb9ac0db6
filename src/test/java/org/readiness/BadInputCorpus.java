package org.readiness;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bad-input corpus, {@code src/test/resources/bad-input/cases.yaml}: one list of cases run through the
 * command line ({@code BadInputTest}) and, those marked {@code http}, through the service
 * ({@code BadInputServiceTest}). Cases too large to commit are generated under
 * {@code target/bad-input-generated/}.
 */
public final class BadInputCorpus {

    public static final String BAD = "src/test/resources/bad-input";
    public static final Path GENERATED = Path.of("target", "bad-input-generated");

    /** A file written before the case runs: {@code head}, then {@code repeat} {@code times} times, then {@code tail}. */
    public record Generate(String file, String head, String repeat, int times, String tail) {
    }

    /**
     * One case of cases.yaml.
     *
     * @param usage       a usage error: picocli's message, the command's synopsis and a pointer to --help rather than a problem line
     * @param absent      a file that must not exist afterwards (an output that must not be written)
     * @param http        the status POST /v1/assessments answers for this case's fact file; null when the
     *                    case is the command line's alone (files, outputs, rule sets, usage)
     * @param httpMessage the service's message fragment when it differs from the command line's
     */
    public record Case(String name, List<String> args, int exit, String at, String code, String message, Integer problems,
                       Generate generate, Boolean usage, String absent, Integer http, String httpMessage) {
        @Override
        public String toString() {
            return name;
        }

        /** Writes the case's generated file, if it has one. */
        public void prepare() {
            if (generate != null) {
                BadInputCorpus.generate(generate);
            }
        }
    }

    private BadInputCorpus() {
    }

    public static List<Case> cases() {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .readValue(Path.of(BAD, "cases.yaml").toFile(), new TypeReference<List<Case>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path or location as written in the corpus, with {@code {bad}} and {@code {generated}} filled in. */
    public static String expand(String text) {
        return text.replace("{bad}", BAD).replace("{generated}", GENERATED.toString());
    }

    private static void generate(Generate g) {
        try {
            Files.createDirectories(GENERATED);
            try (Writer out = Files.newBufferedWriter(GENERATED.resolve(g.file()), StandardCharsets.UTF_8)) {
                out.write(g.head() == null ? "" : g.head());
                for (int i = 0; i < g.times(); i++) {
                    out.write(g.repeat());
                }
                out.write(g.tail() == null ? "" : g.tail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
