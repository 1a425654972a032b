package vn.tonghop;

import java.io.PrintStream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.tonghop.campaign.InvalidCampaignException;
import vn.tonghop.cli.Command;
import vn.tonghop.cli.CommandLine;
import vn.tonghop.cli.Consoles;
import vn.tonghop.cli.ExitCodes;
import vn.tonghop.cli.HistoryCommand;
import vn.tonghop.cli.RestartCommand;
import vn.tonghop.cli.RunCommand;
import vn.tonghop.cli.TemplateCommand;
import vn.tonghop.cli.WatchCommand;

/**
 * Entry point: {@code tonghop [run|watch|restart|history] [--job=FILE] [--input=DIR] [--output=DIR] [--data=DIR]
 * [--lang=vi|en] [--poll=SECONDS] [--max-wait=MINUTES]}. The job definition is checked before Spring starts, so a
 * broken definition is reported in one line and nothing is read.
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
            return command(commandLine.command(), consoles).execute(commandLine);
        } catch (CommandLine.UsageException | InvalidCampaignException e) {
            consoles.fail(e.getMessage());
            return ExitCodes.INVALID_SETUP;
        } catch (Exception e) {
            consoles.fail("the run failed: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static Command command(String name, Consoles consoles) {
        return switch (name) {
            case "run" -> new RunCommand(consoles);
            case "restart" -> new RestartCommand(consoles);
            case "history" -> new HistoryCommand(consoles);
            case "watch" -> new WatchCommand(consoles);
            case "template" -> new TemplateCommand(consoles);
            default -> throw new CommandLine.UsageException("unknown command '" + name + "'");
        };
    }
}
