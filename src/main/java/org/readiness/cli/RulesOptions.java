package org.readiness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --rules DIR} and {@code --no-cache}, shared by every command that loads a rule set. */
public final class RulesOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set directory: *.drl files and criteria.yaml (default: $READINESS_RULES, else ./rules).")
    Path rules;

    @Option(names = "--no-cache",
            description = "Compile the rules even if the rule cache holds them, and leave the cache alone (also: READINESS_NO_CACHE=1).")
    boolean noCache;

    Path directory(Terminal terminal) {
        if (rules != null) {
            return rules;
        }
        String fromEnv = terminal.env().get("READINESS_RULES");
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "rules" : fromEnv);
    }

    /** Whether the command line asked for --debug. */
    boolean debug() {
        return spec != null && Cli.debug(spec.commandLine());
    }
}
