package vn.tonghop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.cli.ExitCodes;

/**
 * The command line as staff and schedulers use it: exit codes and one-line reasons. (The figures a run prints are
 * checked on the packaged jar, in CrashRestartIT.)
 */
class TonghopApplicationTest {

    private static final String SAMPLE_JOB = "jobs/hoc-tap-2007-gd1/job.yml";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TonghopApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void anInvalidDefinitionStopsBeforeAnythingIsReadWithOneLineNamingFileAndKey() throws IOException {
        Path job = Files.createDirectories(folder.resolve("jobs/x")).resolve("job.yml");
        Files.writeString(job, "id: x\ntitle: T\nperiod: P\nas-of: 2007-06-30\ndeadline: 2007-06-30\n"
                + "units: units.csv\nforms: [A]\n");

        int exit = run("--job=" + job, "--input=input", "--output=" + folder.resolve("output"),
                "--data=" + folder.resolve("data"));

        assertThat(exit).isEqualTo(ExitCodes.INVALID_SETUP);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines()).hasSize(1);
        assertThat(message).contains(job.toString(), "'units'", "not found");
        assertThat(folder.resolve("output")).doesNotExist();
        assertThat(folder.resolve("data")).doesNotExist();
    }

    @Test
    void withoutJobOptionSeveralJobsAreListed() throws IOException {
        for (String id : new String[] {"mot", "hai"}) {
            Files.writeString(Files.createDirectories(folder.resolve("jobs/" + id)).resolve("job.yml"), "id: " + id);
        }
        int exit = run("run", "--jobs=" + folder.resolve("jobs"), "--input=input");

        assertThat(exit).isEqualTo(ExitCodes.INVALID_SETUP);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mot/job.yml", "hai/job.yml", "--job=FILE");
    }

    @Test
    void unknownOptionsAndMissingFoldersAreUsageErrors() {
        assertThat(run("--inptu=x")).isEqualTo(ExitCodes.INVALID_SETUP);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --inptu");

        assertThat(run("--job=" + SAMPLE_JOB, "--input=" + folder.resolve("khong-co"))).isEqualTo(
                ExitCodes.INVALID_SETUP);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("input folder " + folder.resolve("khong-co")
                + " not found (--input)");
    }
}
