package org.readiness.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import org.readiness.cli.daemon.DaemonHome;
import org.readiness.cli.daemon.DaemonInfo;
import org.readiness.model.Location;
import org.readiness.model.Problem;
import org.readiness.model.ProblemCode;
import org.readiness.model.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code readiness daemon}: the background processes that {@code ./readiness} runs commands in. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"List or stop the background processes that ./readiness runs commands in, to spare each "
                + "command loading the rules engine. There is one per build of Readiness and working directory; "
                + "it exits by itself after READINESS_DAEMON_IDLE seconds without a command (default 1800) or "
                + "when the jar is rebuilt. READINESS_DAEMON=0 runs every command without one."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  readiness daemon            # which are running, where, since when",
            "  readiness daemon stop",
            "",
            "Exit codes: 0 listed or stopped; 2 usage error; 4 the processes' directory could not be read."})
public final class DaemonCommand implements Callable<Integer> {

    enum Action { status, stop }

    @Parameters(index = "0", arity = "0..1", defaultValue = "status", paramLabel = "status|stop",
            description = "status (the default) lists them; stop asks each to finish its commands and exit.")
    Action action;

    private final Cli cli;

    DaemonCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        DaemonHome home = DaemonHome.of(cli.terminal().env());
        List<DaemonInfo> running;
        try {
            home.prepare(); // a directory someone else could write could describe, and have us signal, anything
            running = home.list().stream().filter(this::runningOrForgotten).toList();
        } catch (IOException e) {
            throw new ProblemException(Problem.at(ProblemCode.IO_ERROR, Location.of(home.directory().toString()),
                    "cannot use the background processes' directory: " + e.getMessage(), "set READINESS_DAEMON_DIR to a directory of your own"));
        }
        StringBuilder out = new StringBuilder();
        if (running.isEmpty()) {
            out.append("no background process is running (in ").append(home.directory()).append(")\n");
        }
        for (DaemonInfo daemon : running) {
            if (action == Action.stop) {
                out.append(stop(daemon) ? "stopped" : "could not stop");
            } else {
                out.append("running since ").append(daemon.started());
            }
            out.append(": pid ").append(daemon.pid()).append(" in ").append(daemon.workingDirectory())
                    .append(" (").append(daemon.jar()).append("; log ").append(daemon.log()).append(")\n");
        }
        cli.emit(out.toString(), null);
        return ExitCode.OK.code();
    }

    /** Descriptions left by processes that were killed are removed as they are found. */
    private boolean runningOrForgotten(DaemonInfo daemon) {
        if (daemon.running()) {
            return true;
        }
        try {
            daemon.forget();
        } catch (IOException e) {
            // listed again next time
        }
        return false;
    }

    private static boolean stop(DaemonInfo daemon) {
        if (!daemon.stop()) {
            return false;
        }
        ProcessHandle.of(daemon.pid()).ifPresent(process -> {
            try {
                process.onExit().get(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // still draining: it exits when its commands end
            }
        });
        return true;
    }
}
