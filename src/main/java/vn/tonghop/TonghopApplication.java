package vn.tonghop;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.InvalidCampaignException;
import vn.tonghop.campaign.JobDefinitions;
import vn.tonghop.cli.CommandLine;
import vn.tonghop.cli.ExitCodes;
import vn.tonghop.job.ConsolidationRunner;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;
import vn.tonghop.job.RunResultLoader;
import vn.tonghop.report.ConsoleSummary;
import vn.tonghop.rules.IssueMessages;

/**
 * Entry point: {@code tonghop run [--job=FILE] [--input=DIR] [--output=DIR] [--data=DIR]}. The job definition is
 * checked before Spring starts, so a broken definition is reported in one line and nothing is read.
 */
@SpringBootApplication
public class TonghopApplication {

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine commandLine;
        Campaign campaign;
        try {
            commandLine = CommandLine.parse(args);
            Path jobFile = commandLine.job() != null ? commandLine.job() : JobDefinitions.single(commandLine.jobs());
            campaign = new CampaignLoader().load(jobFile);
            if (!Files.isDirectory(commandLine.input())) {
                throw new CommandLine.UsageException("input folder not found: "
                        + commandLine.input().toAbsolutePath());
            }
        } catch (CommandLine.UsageException | InvalidCampaignException e) {
            err.println("tonghop: " + e.getMessage());
            return ExitCodes.INVALID_SETUP;
        }
        try (ConfigurableApplicationContext context = start(commandLine.data())) {
            RunOutcome outcome = context.getBean(ConsolidationRunner.class)
                    .run(campaign, commandLine.input(), commandLine.output());
            if (!outcome.completed()) {
                err.println("tonghop: run " + outcome.runId() + " ended " + outcome.execution().getStatus()
                        + "; see the log above, then run again or restart it");
                return ExitCodes.FAILED;
            }
            var result = context.getBean(RunResultLoader.class).load(campaign, outcome.runId(),
                    outcome.execution().getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant());
            out.println(new ConsoleSummary(IssueMessages.vietnamese()).format(result, outcome.outputFolder()));
            return ExitCodes.COMPLETED;
        } catch (Exception e) {
            err.println("tonghop: the run failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(TonghopApplication.class)
                .properties("tonghop.data=" + data.toAbsolutePath().toString().replace('\\', '/'))
                .run();
    }
}
