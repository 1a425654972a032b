package vn.tonghop.cli;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.job.ConsolidationRunner;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.RunResultLoader;
import vn.tonghop.report.ConsoleSummary;
import vn.tonghop.report.RunResult;
import vn.tonghop.rules.IssueMessages;

/** {@code run}: one consolidation now, then exit; for cron, systemd timers or the Windows Task Scheduler. */
public final class RunCommand implements Command {

    private final Consoles consoles;

    public RunCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        Setup setup = Setup.of(commandLine);
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(setup.data());
        if (lock.isEmpty()) {
            consoles.fail("another run is using " + setup.data().toAbsolutePath() + "; nothing was done");
            return ExitCodes.ALREADY_RUNNING;
        }
        try (DataFolderLock held = lock.get(); ConfigurableApplicationContext context =
                ApplicationContexts.start(setup.data())) {
            RunOutcome outcome = context.getBean(ConsolidationRunner.class)
                    .run(setup.campaign(), setup.input(), setup.output(), setup.language());
            return report(context, setup, outcome);
        }
    }

    private int report(ConfigurableApplicationContext context, Setup setup, RunOutcome outcome) {
        if (!outcome.completed()) {
            consoles.fail("run " + outcome.runId() + " ended " + outcome.execution().getStatus()
                    + "; see the log, then run 'restart'");
            return ExitCodes.FAILED;
        }
        RunResult result = context.getBean(RunResultLoader.class).load(setup.campaign(), outcome.runId(),
                outcome.execution().getStartTime().atZone(ZoneId.systemDefault()).toInstant());
        consoles.out().println(new ConsoleSummary(new IssueMessages(setup.language())).format(result, outcome.outputFolder()));
        return ExitCodes.COMPLETED;
    }
}
