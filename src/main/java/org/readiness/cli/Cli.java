package org.readiness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.readiness.Readiness;
import org.readiness.model.Problem;
import org.readiness.model.ProblemException;
import org.readiness.rules.RuleCache;
import org.readiness.rules.RuleMemory;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Wires the command line: builds the commands with their streams and environment, maps every outcome to
 * an exit code, and prints failures as one clear line each (a stack trace only with {@code --debug}).
 * Tests run commands through {@link #run} without starting a process.
 */
public final class Cli {

    /** Beyond this many, more lines of problems hide the first ones rather than help. */
    static final int MAX_PROBLEMS_SHOWN = 50;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Terminal terminal;
    private final RuleMemory memory;

    public Cli(PrintWriter out, PrintWriter err, Terminal terminal) {
        this(out, err, terminal, null);
    }

    /** A command line in a process that runs many: rule sets loaded by one command are kept for the next. */
    public Cli(PrintWriter out, PrintWriter err, Terminal terminal, RuleMemory memory) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.memory = memory;
    }

    /** Runs one command line and returns its exit code; never throws, never exits the JVM. */
    public int run(String... args) {
        CommandLine commandLine = commandLine();
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    CommandLine commandLine() {
        IFactory factory = new IFactory() {
            /** Commands take this Cli (streams, environment, shared helpers) in their constructor. */
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return type.getDeclaredConstructor(Cli.class).newInstance(Cli.this);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        CommandLine commandLine = new CommandLine(new ReadinessCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(this::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, debug(cmd)));
        return commandLine;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Standard error: for progress, never for results. */
    PrintWriter err() {
        return err;
    }

    /**
     * Loads the rule set the options name, through the rule cache; --debug says how long loading took.
     */
    Readiness load(RulesOptions rules) {
        long start = System.nanoTime();
        Readiness readiness = Readiness.load(rules.directory(terminal), cache(rules));
        if (rules.debug()) {
            err.printf(Locale.ROOT, "readiness: rules loaded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        }
        return readiness;
    }

    /**
     * The rule cache, unless --no-cache or the environment turns it off. A cache that cannot be used costs
     * one warning line, never the run; --debug says what the cache did.
     */
    RuleCache cache(RulesOptions rules) {
        boolean debug = rules.debug();
        RuleCache cache = rules.noCache ? RuleCache.disabled() : RuleCache.fromEnvironment(terminal.env());
        if (memory != null) {
            cache = cache.withMemory(memory);
        }
        boolean[] warned = {false};
        return cache.onEvent(event -> {
            if (debug) {
                err.println("readiness: rule cache: " + event.outcome().name().toLowerCase(Locale.ROOT) + " " + event.entry()
                        + (event.detail() == null ? "" : ": " + event.detail()));
            } else if (event.outcome() == RuleCache.Outcome.UNAVAILABLE && !warned[0]) {
                warned[0] = true;
                err.println("readiness: warning: the rule cache is not used: " + event.detail()
                        + " (set READINESS_CACHE_DIR, or READINESS_NO_CACHE=1 to silence this)");
            }
        });
    }

    /** Writes a command's result to standard output, or atomically to {@code file}. */
    void emit(String content, Path file) {
        if (file == null) {
            out.print(content);
        } else {
            AtomicFile.write(file, content);
        }
    }

    /** A line about what a long-running command is doing, on stderr (stdout is for results). */
    void status(String message) {
        err.println("readiness: " + message);
        err.flush();
    }

    /** The mistake, a suggestion for a mistyped option, the command's synopsis, and where the full help is. */
    private int usageError(ParameterException e, String[] args) {
        err.println("readiness: " + e.getMessage());
        CommandLine command = e.getCommandLine();
        UnmatchedArgumentException.printSuggestions(e, err);
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.USAGE.code();
    }

    private int failure(Exception e, boolean debug) {
        if (e instanceof ProblemException problems) {
            List<Problem> all = problems.problems();
            all.stream().limit(MAX_PROBLEMS_SHOWN).forEach(err::println);
            if (all.size() > MAX_PROBLEMS_SHOWN) {
                err.println("readiness: " + (all.size() - MAX_PROBLEMS_SHOWN) + " more problems not shown; fix these first");
            }
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.of(problems).code();
        }
        err.println("readiness: internal error: " + e + (debug ? "" : " (rerun with --debug for details, and please report it)"));
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        return ExitCode.INTERNAL.code();
    }

    static boolean debug(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return ((ReadinessCommand) root.getCommand()).debug;
    }
}
