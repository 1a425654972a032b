package vn.tonghop.cli;

import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.job.ConsolidationRunner;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;

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
            consoles.fail(DataFolderLock.inUse(setup.data()));
            return ExitCodes.ALREADY_RUNNING;
        }
        try (DataFolderLock held = lock.get(); ConfigurableApplicationContext context =
                ApplicationContexts.start(setup.data())) {
            RunOutcome outcome = context.getBean(ConsolidationRunner.class)
                    .run(setup.campaign(), setup.input(), setup.output());
            return new RunReporter(consoles, context).report(setup.campaign(), outcome);
        }
    }
}
