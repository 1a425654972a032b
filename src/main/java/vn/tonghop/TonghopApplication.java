package vn.tonghop;

import java.io.PrintStream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.tonghop.campaign.InvalidCampaignException;
import vn.tonghop.cli.CommandLine;
import vn.tonghop.cli.Consoles;
import vn.tonghop.cli.ExitCodes;

/**
 * Entry point: {@code tonghop [command] [--option=VALUE ...]}, the commands and their options listed by
 * {@code --help} (see cli.Commands). The job definition is checked before Spring starts, so a broken definition is
 * reported in one line and nothing is read.
 */
@SpringBootApplication
public class TonghopApplication {

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        Consoles consoles = new Consoles(out, err);
        try {
            CommandLine commandLine = CommandLine.parse(args);
            return commandLine.spec().create(consoles).execute(commandLine);
        } catch (CommandLine.UsageException | InvalidCampaignException e) {
            consoles.fail(e.getMessage());
            return ExitCodes.INVALID_SETUP;
        } catch (Exception e) {
            consoles.fail("the run failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
