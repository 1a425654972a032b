package vn.tonghop;

import java.io.PrintStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.tonghop.campaign.InvalidCampaignException;
import vn.tonghop.cli.ApplicationContexts;
import vn.tonghop.cli.CommandLine;
import vn.tonghop.cli.Consoles;
import vn.tonghop.cli.ExitCodes;
import vn.tonghop.cli.FailureLog;
import vn.tonghop.cli.SetupException;

/**
 * Entry point: {@code tonghop [command] [--option=VALUE ...]}, the commands and their options listed by
 * {@code --help} (see cli.Commands). The command line, the folders, the locale and the job definition are checked
 * before Spring starts, so a setup that cannot work is reported in one line (on the console and in the log) and
 * nothing is read.
 */
@SpringBootApplication
public class TonghopApplication {

    public static void main(String[] args) {
        ApplicationContexts.preferAheadOfTimeContext();
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        Consoles consoles = new Consoles(out, err);
        try {
            CommandLine commandLine = CommandLine.parse(args);
            return commandLine.spec().create(consoles).execute(commandLine);
        } catch (CommandLine.UsageException | SetupException | InvalidCampaignException e) {
            consoles.fail(e.getMessage());
            FailureLog.record(ExitCodes.INVALID_SETUP, e.getMessage(), null);
            return ExitCodes.INVALID_SETUP;
        } catch (SpringApplication.AbandonedRunException e) {
            // the build preparing the context ahead of time stops Spring this way once the beans are defined
            throw e;
        } catch (Exception e) {
            String reason = "the run failed: " + e.getMessage();
            consoles.fail(reason);
            FailureLog.record(ExitCodes.FAILED, reason, e);
            return ExitCodes.FAILED;
        }
    }
}
