package org.readiness.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that loads a rule set. */
public final class RulesOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule set directory: *.drl files and criteria.yaml (default: $READINESS_RULES, else ./rules).")
    Path rules;

    Path directory(Terminal terminal) {
        if (rules != null) {
            return rules;
        }
        String fromEnv = terminal.env().get("READINESS_RULES");
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "rules" : fromEnv);
    }
}
