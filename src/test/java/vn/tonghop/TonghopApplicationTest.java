package vn.tonghop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.cli.ExitCodes;

/** The command line as staff and schedulers use it: exit codes, one-line reasons, the printed figures. */
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
    void runsTheSampleAndPrintsTheFiguresAndWhereTheResultsAre() throws IOException {
        Path output = folder.resolve("output");
        int exit = run("run", "--job=" + SAMPLE_JOB, "--input=input", "--output=" + output,
                "--data", folder.resolve("data").toString());

        assertThat(exit).isEqualTo(ExitCodes.COMPLETED);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Đơn vị đã báo cáo:  85/87", "Số cuộc học tập:    81", "8.602",
                "Cán bộ chủ chốt và đảng viên: 2.488/2.559 (97,23%)",
                "Quần chúng, công đoàn viên, hội viên: 6.114/6.224 (98,23%)");
        try (Stream<Path> runs = Files.list(output.resolve("hoc-tap-2007-gd1"))) {
            Path runFolder = runs.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .findFirst().orElseThrow();
            assertThat(runFolder.getFileName().toString()).matches("\\d{8}-\\d{6}");
            assertThat(Files.readString(runFolder.resolveSibling("latest.txt")).strip())
                    .isEqualTo(runFolder.getFileName().toString());
            assertThat(printed).contains(runFolder.toAbsolutePath().normalize().toString());
            assertThat(runFolder.resolve("tong-hop.xlsx")).isNotEmptyFile();
            assertThat(runFolder.resolve("bao-cao-loi.xlsx")).isNotEmptyFile();
            assertThat(runFolder.resolve("summary.json")).isNotEmptyFile();
        }
        assertThat(folder.resolve("data")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("tonghop"));
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
