package vn.tonghop.cli;

import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.RunResultLoader;
import vn.tonghop.report.ConsoleSummary;
import vn.tonghop.report.RunResult;
import vn.tonghop.vocabulary.OutputTexts;

/** Tells how a run ended: its figures and folder when it completed, a one-line reason when it did not. */
public final class RunReport {

    private final Consoles consoles;
    private final Locale language;

    public RunReport(Consoles consoles, Locale language) {
        this.consoles = consoles;
        this.language = language;
    }

    /** @return the exit code for the run */
    public int report(ConfigurableApplicationContext context, RunOutcome outcome) {
        if (!outcome.completed()) {
            consoles.fail("run " + outcome.runId() + " ended " + outcome.execution().getStatus()
                    + "; see the log, then run 'restart'");
            return ExitCodes.FAILED;
        }
        RunResult result = context.getBean(RunResultLoader.class).load(outcome.campaign(), outcome.runId(),
                outcome.execution().getStartTime().atZone(ZoneId.systemDefault()).toInstant());
        consoles.out().println(new ConsoleSummary(new OutputTexts(language)).format(result, outcome.outputFolder()));
        return ExitCodes.COMPLETED;
    }
}
