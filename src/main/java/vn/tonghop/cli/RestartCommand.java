package vn.tonghop.cli;

import java.util.Optional;
import vn.tonghop.job.ConsolidationRunner.Restart;
import vn.tonghop.job.ConsolidationRunner;

/**
 * {@code restart}: resumes the last run if it failed or was interrupted, from the step where it stopped; if its job
 * definition or input folder changed since, abandons it and consolidates the folder afresh, saying so.
 */
public final class RestartCommand implements Command {

    private final Consoles consoles;

    public RestartCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        OutcomePrinter report = new OutcomePrinter(consoles, commandLine.language());
        return LockedContext.run(consoles, commandLine.data(), context -> {
            Optional<Restart> restarted = context.getBean(ConsolidationRunner.class).restartLast();
            if (restarted.isEmpty()) {
                consoles.out().println("tonghop: the last run completed; there is nothing to restart");
                return ExitCodes.COMPLETED;
            }
            restarted.get().abandoned().ifPresent(abandoned -> consoles.err().println("tonghop: run "
                    + abandoned.runId() + " was abandoned, not resumed, because " + abandoned.reason()
                    + "; run " + restarted.get().outcome().runId() + " consolidates the folder as it is now"));
            return report.report(context, restarted.get().outcome());
        });
    }
}
