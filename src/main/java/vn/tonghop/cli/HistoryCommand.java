package vn.tonghop.cli;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.job.RunHistory;

/** {@code history}: the past runs with their start, duration, status and main figures, newest first. */
public final class HistoryCommand implements Command {

    private static final int RUNS_SHOWN = 30;
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Consoles consoles;

    public HistoryCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        return LockedContext.run(consoles, commandLine.data(), context -> {
            List<RunHistory.Entry> runs = context.getBean(RunHistory.class).newest(RUNS_SHOWN);
            if (runs.isEmpty()) {
                consoles.out().println("No run yet in " + commandLine.data().toAbsolutePath());
            }
            consoles.out().printf("%-18s %-19s %9s %-10s %-8s %-7s %-8s %-9s %s%n", "run", "started", "duration",
                    "status", "units", "sessions", "attendees", "files", "rates");
            for (RunHistory.Entry run : runs) {
                consoles.out().println(line(run));
            }
            return ExitCodes.COMPLETED;
        });
    }

    private static String line(RunHistory.Entry run) {
        String status = run.status().name() + (run.attempts() > 1 ? "*" + run.attempts() : "");
        String files = run.files().read() + "+" + run.files().reused();
        String figures = run.figures().map(f -> String.format("%-8s %-7d %-8d %-9s %s",
                        f.unitsReported() + "/" + f.unitsExpected(), f.sessions(), f.attendees(), files,
                        f.groups().stream().map(HistoryCommand::rate).collect(Collectors.joining(" "))))
                .orElse(String.format("%-8s %-7s %-8s %-9s", "-", "-", "-", files));
        return String.format("%-18s %-19s %9s %-10s %s", run.runId(), STARTED.format(run.started()),
                duration(run.duration()), status, figures);
    }

    private static String rate(GroupFigures group) {
        return group.key() + "=" + (group.rate() == null ? "-" : group.rate().toPlainString() + "%");
    }

    private static String duration(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
