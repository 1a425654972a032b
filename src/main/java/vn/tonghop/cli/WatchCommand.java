package vn.tonghop.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import vn.tonghop.intake.ArrivalTracker;
import vn.tonghop.intake.InputFolderListing;
import vn.tonghop.job.ConsolidationRunner;

/**
 * {@code watch}: stays up and runs the consolidation on the campaign's schedule and shortly after new or changed
 * workbooks have been completely copied into the input folder. Holds the data folder for its whole life; SIGTERM
 * or Ctrl+C lets the run in progress finish before the process ends.
 */
public final class WatchCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(WatchCommand.class);

    private final Consoles consoles;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    public WatchCommand(Consoles consoles) {
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
        Thread shutdownHook = new Thread(this::stopAndWait, "tonghop-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try (DataFolderLock held = lock.get(); ConfigurableApplicationContext context =
                ApplicationContexts.startWithoutShutdownHooks(setup.data())) {
            watch(setup, commandLine.poll(), commandLine.maxWait(), context);
        } finally {
            stopped.countDown();
        }
        return ExitCodes.COMPLETED;
    }

    private void watch(Setup setup, Duration poll, Duration maxWait, ConfigurableApplicationContext context)
            throws InterruptedException {
        ConsolidationRunner runner = context.getBean(ConsolidationRunner.class);
        OutcomePrinter reporter = new OutcomePrinter(consoles, setup.language());
        resumeInterrupted(runner, reporter, context);
        InputFolderListing listing = new InputFolderListing(setup.input());
        WatchLoop loop = new WatchLoop(listing::list, listing::canOpen, ArrivalTracker.waitingAtMost(poll, maxWait),
                CronExpression.parse(setup.campaign().schedule()), Clock.systemDefaultZone(), reason -> {
                    log.info("Starting a run: {}", reason);
                    try {
                        reporter.report(context, runner.run(setup.campaign(), setup.input(), setup.output(),
                                setup.language()));
                    } catch (Exception e) {
                        log.error("The run failed, watching goes on: {}", e.toString(), e);
                    }
                });
        log.info("Watching {} every {} s (waiting at most {} min for a file being copied); next scheduled run {}; "
                + "stop with Ctrl+C", setup.input().toAbsolutePath(), poll.toSeconds(), maxWait.toMinutes(),
                loop.nextScheduled().toLocalDateTime());
        FileNameEncoding names = FileNameEncoding.ofThisJvm();
        String refusal = null;
        do {
            try {
                // checked at start already; a name that arrives later under a non-UTF-8 locale must not break runs
                names.requireIntactNames(setup.input());
                refusal = null;
                loop.poll();
            } catch (SetupException e) {
                if (!e.getMessage().equals(refusal)) {
                    log.error("No run while {}", e.getMessage());
                }
                refusal = e.getMessage();
            } catch (RuntimeException e) {
                // an unreadable folder (a network drive gone) must not end watching
                log.error("Could not look at {}: {}", setup.input().toAbsolutePath(), e.toString());
            }
        } while (!stopRequested.await(poll.toMillis(), TimeUnit.MILLISECONDS));
        log.info("Stopped watching");
    }

    /** A run a crash left unfinished is completed first, as {@code run} does. */
    private void resumeInterrupted(ConsolidationRunner runner, OutcomePrinter reporter,
                                   ConfigurableApplicationContext context) {
        try {
            runner.resumeInterrupted().ifPresent(outcome -> {
                log.info("Resumed run {}, which was interrupted before it completed", outcome.runId());
                reporter.report(context, outcome);
            });
        } catch (Exception e) {
            log.error("Could not resume the interrupted run, watching goes on: {}", e.toString(), e);
        }
    }

    /** Runs in the shutdown hook: no new run starts, the one in progress finishes, then the process may end. */
    private void stopAndWait() {
        stopRequested.countDown();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
