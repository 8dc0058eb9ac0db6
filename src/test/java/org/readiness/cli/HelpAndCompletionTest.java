package org.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help has an example; an unknown option gives the usage and exit 2; the completion
 * script, run in a real bash, completes commands, options and option values.
 */
class HelpAndCompletionTest {

    static final List<String> COMMANDS = List.of("evaluate", "diff", "sweep", "check", "test", "schema", "serve", "completion");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluate", "diff", "sweep", "check", "test", "schema", "serve", "completion"})
    void everyCommandHasHelpWithAnExample(String command) {
        CliRun help = CliRun.of(command, "--help");
        assertEquals(0, help.exit(), help.describe());
        assertTrue(help.out().startsWith("Usage: readiness " + command), help.out());
        int examples = help.out().indexOf("\nExample");
        assertTrue(examples > 0, "an example section\n" + help.out());
        assertTrue(help.out().substring(examples).contains("  readiness " + command), "an example of the command itself\n" + help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
        help.out().lines().forEach(l -> assertTrue(l.length() <= 80, "too wide: " + l));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluate", "diff", "sweep", "check", "test", "schema", "serve", "completion"})
    void anUnknownOptionGivesTheUsageAndExitsTwo(String command) {
        String facts = "facts/2025-03-coalition-planning.yaml";
        CliRun run = switch (command) {
            case "evaluate", "sweep" -> CliRun.of(command, "--no-such-option", facts);
            case "diff" -> CliRun.of(command, "--no-such-option", facts, facts);
            default -> CliRun.of(command, "--no-such-option");
        };
        assertEquals(2, run.exit(), run.describe());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals("readiness: Unknown option: '--no-such-option'", lines.get(0));
        // picocli may suggest a near option first ("Possible solutions: --no-counterfactual").
        int usage = lines.get(1).startsWith("Possible solutions: ") ? 2 : 1;
        assertTrue(lines.get(usage).startsWith("Usage: readiness " + command + " "), run.err());
        assertEquals("Run 'readiness " + command + " --help' for usage.", lines.get(lines.size() - 1));
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        String help = CliRun.of("--help").out();
        COMMANDS.forEach(c -> assertTrue(help.contains("\n  " + c + " "), c + "\n" + help));
    }

    @Test
    void bashCompletesCommandsOptionsAndValues(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exit());
        Path script = dir.resolve("readiness-completion.bash");
        Files.writeString(script, run.out());
        assertEquals("check completion daemon diff evaluate schema serve sweep test", complete(script, "readiness", ""), "commands");
        assertTrue(complete(script, "readiness check", "--").contains("--max-combinations"), "options of check");
        assertEquals("json sarif text", complete(script, "readiness check --format", ""), "values of --format");
        assertEquals("--coverage-threshold", complete(script, "readiness test", "--cov"), "a prefix");
    }

    /** What bash offers after {@code line} for the word {@code current}, sorted, as the completion function computes it. */
    private static String complete(Path script, String line, String current) throws Exception {
        String words = line + " " + current;
        String program = "source " + script + "\n"
                + "COMP_WORDS=(" + words + (current.isEmpty() ? " ''" : "") + ")\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "COMP_LINE='" + words + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_readiness readiness\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '\n";
        // compopt complains outside a real completion; what matters is what the function offers
        Process bash = new ProcessBuilder("bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.strip();
    }
}
