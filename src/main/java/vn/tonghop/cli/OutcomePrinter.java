package vn.tonghop.cli;

import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.OutputContentsLoader;
import vn.tonghop.report.ConsoleSummary;
import vn.tonghop.report.RunHeadline;
import vn.tonghop.vocabulary.OutputTexts;

/** Tells how a run ended: its figures and folder when it completed, a one-line reason when it did not. */
public final class OutcomePrinter {

    private final Consoles consoles;
    private final Locale language;

    public OutcomePrinter(Consoles consoles, Locale language) {
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
        RunHeadline headline = context.getBean(OutputContentsLoader.class).headline(outcome.campaign(), outcome.runId());
        consoles.out().println(new ConsoleSummary(new OutputTexts(language)).format(headline,
                outcome.outputFolder()));
        return ExitCodes.COMPLETED;
    }
}
