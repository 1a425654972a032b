package vn.tonghop.cli;

import java.time.ZoneId;
import org.springframework.context.ApplicationContext;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.RunResultLoader;
import vn.tonghop.report.ConsoleSummary;
import vn.tonghop.report.RunResult;
import vn.tonghop.rules.IssueMessages;

/** Prints how a run ended: its figures and output folder, or one line saying it failed. */
final class RunReporter {

    private final Consoles consoles;
    private final RunResultLoader results;

    RunReporter(Consoles consoles, ApplicationContext context) {
        this.consoles = consoles;
        this.results = context.getBean(RunResultLoader.class);
    }

    /** @return the exit code {@code run} ends with */
    int report(Campaign campaign, RunOutcome outcome) {
        if (!outcome.completed()) {
            consoles.fail("run " + outcome.runId() + " ended " + outcome.execution().getStatus()
                    + "; see the log, then run 'restart'");
            return ExitCodes.FAILED;
        }
        RunResult result = results.load(campaign, outcome.runId(),
                outcome.execution().getStartTime().atZone(ZoneId.systemDefault()).toInstant());
        consoles.out().println(new ConsoleSummary(IssueMessages.vietnamese()).format(result, outcome.outputFolder()));
        return ExitCodes.COMPLETED;
    }
}
