package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.TonghopApplication;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TonghopApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void watchPollsEveryTenSecondsUnlessToldOtherwise() {
        assertThat(CommandLine.parse("watch").poll()).isEqualTo(Duration.ofSeconds(10));
        assertThat(CommandLine.parse("watch", "--poll=1").poll()).isEqualTo(Duration.ofSeconds(1));
        assertThat(CommandLine.parse("watch", "--poll", "30").command()).isEqualTo("watch");
    }

    @Test
    void aPollThatIsNotAPositiveWholeNumberOfSecondsIsAUsageError() {
        for (String value : new String[] {"0", "-5", "1.5", "mười"}) {
            assertThatThrownBy(() -> CommandLine.parse("watch", "--poll=" + value))
                    .isInstanceOf(CommandLine.UsageException.class)
                    .hasMessage("--poll must be a whole number of seconds above 0 (or of seconds or minutes written "
                            + "90s, 2m), not '" + value + "'");
        }
    }

    @Test
    void watchWaitsAtMostThirtyMinutesForAnIncompleteFileUnlessToldOtherwise() {
        assertThat(CommandLine.parse("watch").maxWait()).isEqualTo(Duration.ofMinutes(30));
        assertThat(CommandLine.parse("watch", "--max-wait=5").maxWait()).isEqualTo(Duration.ofMinutes(5));
        assertThat(CommandLine.parse("watch", "--max-wait=90s").maxWait()).isEqualTo(Duration.ofSeconds(90));
        assertThat(CommandLine.parse("watch", "--max-wait=2m").maxWait()).isEqualTo(Duration.ofMinutes(2));
        assertThat(CommandLine.parse("watch", "--poll=1m").poll()).isEqualTo(Duration.ofMinutes(1));
        for (String value : new String[] {"0", "0s", "s", "5h", "-1m"}) {
            assertThatThrownBy(() -> CommandLine.parse("watch", "--max-wait=" + value))
                    .isInstanceOf(CommandLine.UsageException.class)
                    .hasMessage("--max-wait must be a whole number of minutes above 0 (or of seconds or minutes "
                            + "written 90s, 2m), not '" + value + "'");
        }
    }

    @Test
    void withoutACommandItRunsWithTheDefaultFolders() {
        CommandLine line = CommandLine.parse();

        assertThat(line.command()).isEqualTo("run");
        assertThat(line.job()).isNull();
        assertThat(List.of(line.jobs(), line.input(), line.output(), line.data()))
                .containsExactly(Path.of("jobs"), Path.of("input"), Path.of("output"), Path.of("data"));
        assertThat(line.language().getLanguage()).isEqualTo("vi");
    }

    @Test
    void anOptionThatDoesNotApplyToTheCommandIsRefusedNamingTheCommandsItAppliesTo() {
        assertThatThrownBy(() -> CommandLine.parse("run", "--poll=5"))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessage("--poll applies to watch only; run takes --job, --jobs, --input, --output, --data "
                        + "and --lang");
        assertThatThrownBy(() -> CommandLine.parse("restart", "--input=x"))
                .hasMessageStartingWith("--input applies to run and watch only; restart takes --data and --lang");
        assertThatThrownBy(() -> CommandLine.parse("history", "--lang=en"))
                .hasMessageStartingWith("--lang applies to run, watch and restart only; history takes --data");
        assertThatThrownBy(() -> CommandLine.parse("version", "--data=d"))
                .hasMessage("--data applies to run, watch, restart and history only; version takes no option");
    }

    @Test
    void anUnknownOptionOrCommandIsRefusedListingWhatIsKnownInAStableOrder() {
        assertThatThrownBy(() -> CommandLine.parse("--inptu=x"))
                .hasMessage("unknown option --inptu; run takes --job, --jobs, --input, --output, --data and --lang");
        assertThatThrownBy(() -> CommandLine.parse("-x")).hasMessage("unknown option -x; see --help");
        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> CommandLine.parse("chay"))
                    .hasMessage("unknown command 'chay'; commands are run, watch, restart, history, template, help, version");
        }
        assertThatThrownBy(() -> CommandLine.parse("--output=")).hasMessage("--output needs a value");
        assertThatThrownBy(() -> CommandLine.parse("run", "history"))
                .hasMessage("unexpected argument 'history' after the command run");
    }

    @Test
    void everyOptionTheUsageListsForACommandIsTakenByIt() {
        for (CommandSpec command : Commands.ALL.list()) {
            for (Option option : command.options()) {
                String value = option.defaultValue() != null ? option.defaultValue() : "jobs/x/job.yml";
                assertThat(CommandLine.parse(command.name(), "--" + option.name() + "=" + value).command())
                        .as(command.name() + " --" + option.name()).isEqualTo(command.name());
            }
        }
    }

    @Test
    void templateHasItsOwnDefaultForTheSharedOutputOptionAndTakesOnlyItsOptions() {
        assertThat(CommandLine.parse("template").output()).isEqualTo(Path.of("templates"));
        assertThat(CommandLine.parse("template", "--output=mau").output()).isEqualTo(Path.of("mau"));
        assertThat(CommandLine.parse("run").output()).isEqualTo(Path.of("output"));
        assertThatThrownBy(() -> CommandLine.parse("template", "--poll=5"))
                .hasMessage("--poll applies to watch only; template takes --job, --jobs and --output");
        assertThat(Usage.text(Commands.ALL).lines().toList()).containsSubsequence(
                "  template  write the workbooks the units fill in: a blank one and one per unit",
                "  --output=DIR  (default output, templates for template; run, watch and template)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpPrintsTheCommandsTheOptionsWithDefaultsAndCommandsAndTheExitCodes(String asked) {
        int exit = run(asked, "watch");

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        List<String> lines = printed().lines().toList();
        assertThat(lines).containsSubsequence(
                "Commands:",
                "  run       consolidate the input folder once, then exit (for a scheduler); the default",
                "  watch     stay up; consolidate on the campaign's schedule and when workbooks arrive",
                "  restart   resume the last run if it failed or was interrupted",
                "  history   list the past runs with their figures",
                "  template  write the workbooks the units fill in: a blank one and one per unit",
                "  help      print this help (also --help or -h)",
                "  version   print the version (also --version)");
        assertThat(lines).containsSubsequence(
                "  --job=FILE  (default none; run, watch and template)",
                "  --input=DIR  (default input; run and watch)",
                "  --output=DIR  (default output, templates for template; run, watch and template)",
                "  --data=DIR  (default data; run, watch, restart and history)",
                "  --lang=vi|en  (default vi; run, watch and restart)",
                "  --poll=SECONDS  (default 10; watch)",
                "  --max-wait=MINUTES  (default 30; watch)");
        assertThat(lines).containsSubsequence("Exit codes:",
                "  0  done; for a run: completed, rejected files are in the exception report",
                "  1  the run started but failed; see the log, then run restart",
                "  2  the command line, the job definition, a folder or the locale is not usable; nothing was read",
                "  3  another run or watch is using the same --data folder; nothing was read or written");
    }

    @Test
    void helpIsTheSameOnEveryCall() {
        run("--help");
        String first = printed();
        out.reset();
        run("--help");
        assertThat(printed()).isEqualTo(first);
    }

    @Test
    void versionPrintsTheProjectVersion() throws IOException {
        assertThat(run("--version")).isEqualTo(ExitCodes.COMPLETED);
        assertThat(run("version")).isEqualTo(ExitCodes.COMPLETED);

        String expected = "tonghop " + pomVersion();
        assertThat(printed().lines().toList()).containsExactly(expected, expected);
    }

    @Test
    void aCommandLineErrorExitsWithTwoAndOneLine() {
        assertThat(run("run", "--poll=5")).isEqualTo(ExitCodes.INVALID_SETUP);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("tonghop: --poll applies to watch only; run takes --job, --jobs, --input, "
                        + "--output, --data and --lang");
        assertThat(printed()).isEmpty();
    }

    /** The project's version as pom.xml declares it (the one after the parent's). */
    static String pomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>tonghop</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).as("pom.xml names the project's version").isTrue();
        return version.group(1);
    }
}
