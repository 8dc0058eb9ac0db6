package org.readiness.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.readiness.schema.FactSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code readiness schema}: the JSON Schema for fact files, from the rules' declarations. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a JSON Schema (draft 2020-12) for fact files, derived from the fact types the rules declare: "
                + "types, fields, allowed values, required fields and descriptions. Editors use it for completion and validation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness schema --output schema/facts.schema.json",
            "  # then, as the first line of a fact file in facts/:",
            "  # yaml-language-server: $schema=../schema/facts.schema.json",
            "",
            "Exit codes: 0 written; 2 usage error; 3 invalid rules;",
            "  4 a file could not be read or written."})
public final class SchemaCommand implements Callable<Integer> {

    @Mixin
    RulesOptions rules;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    private final Cli cli;

    SchemaCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.emit(FactSchema.json(cli.load(rules).rules().catalog()), output);
        return ExitCode.OK.code();
    }
}
