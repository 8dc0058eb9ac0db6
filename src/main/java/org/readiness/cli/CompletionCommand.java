package org.readiness.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code readiness completion}: a bash and zsh completion script generated from the command model. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash and zsh (commands, options, option values and files), "
                + "generated from the commands themselves so that it never falls behind.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(readiness completion)        # bash: this shell",
            "  readiness completion > ~/.local/share/bash-completion/completions/readiness",
            "  autoload -U +X compinit && compinit   # zsh: in ~/.zshrc, then",
            "  autoload -U +X bashcompinit && bashcompinit",
            "  source <(readiness completion)",
            "",
            "Exit codes: 0 printed; 2 usage error."})
public final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Cli cli;

    CompletionCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        cli.emit(AutoComplete.bash(spec.root().name(), spec.root().commandLine()), null);
        return ExitCode.OK.code();
    }
}
