package vn.tonghop.cli;

import java.util.Optional;
import vn.tonghop.job.ConsolidationRunner;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;

/** {@code restart}: resumes the last run if it failed or was interrupted, from the step where it stopped. */
public final class RestartCommand implements Command {

    private final Consoles consoles;

    public RestartCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        RunReport report = new RunReport(consoles, commandLine.language());
        return LockedContext.run(consoles, commandLine.data(), context -> {
            Optional<RunOutcome> restarted = context.getBean(ConsolidationRunner.class).restartLast();
            if (restarted.isEmpty()) {
                consoles.out().println("tonghop: the last run completed; there is nothing to restart");
                return ExitCodes.COMPLETED;
            }
            return report.report(context, restarted.get());
        });
    }
}
