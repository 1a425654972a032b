package vn.tonghop.cli;

import java.util.Optional;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.ConsolidationRunner;

/**
 * {@code run}: one consolidation now, then exit; for cron, systemd timers or the Windows Task Scheduler. A run left
 * unfinished by a crash is resumed first, instead of starting a new one.
 */
public final class RunCommand implements Command {

    private final Consoles consoles;

    public RunCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        Setup setup = Setup.of(commandLine);
        OutcomePrinter report = new OutcomePrinter(consoles, setup.language());
        return LockedContext.run(consoles, setup.data(), context -> {
            ConsolidationRunner runner = context.getBean(ConsolidationRunner.class);
            Optional<RunOutcome> resumed = runner.resumeInterrupted();
            if (resumed.isPresent()) {
                consoles.err().println("tonghop: resumed run " + resumed.get().runId()
                        + ", which was interrupted before it completed");
                return report.report(context, resumed.get());
            }
            return report.report(context, runner.run(setup.campaign(), setup.input(), setup.output(),
                    setup.language()));
        });
    }
}
