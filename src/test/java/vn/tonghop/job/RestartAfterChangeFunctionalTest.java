package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.job.ConsolidationRunner.Restart;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;

/**
 * A run that failed (here: its output folder could not be written) is restarted after the input folder or the job
 * definition changed: it is abandoned, and the fresh run gives the figures of a clean run over the folder as it is
 * now. Over an unchanged folder the failed run itself is finished.
 */
@JobFunctionalTest
class RestartAfterChangeFunctionalTest {

    private static final String[] FIGURES = {"/units", "/sessions", "/attendees", "/groups", "/issues", "/files"};
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    ConsolidationRunner runner;
    @Autowired
    JobRepository jobRepository;

    @Test
    void aWorkbookAddedAfterTheFailureIsCounted(@TempDir Path folder) throws Exception {
        Fixture fixture = Fixture.in(folder);
        RunOutcome failed = failingRun(fixture);

        Files.copy(Path.of("input", "DV010-So-Noi-vu.xlsx"), fixture.input.resolve("DV010-So-Noi-vu.xlsx"));
        Restart restart = restartAfterUnblocking(fixture);

        assertAbandoned(failed, restart, "1 workbook added (DV010-So-Noi-vu.xlsx)");
        JsonNode restarted = summary(restart.outcome());
        assertThat(restarted.at("/units/reported").asInt()).isEqualTo(8);
        assertThat(restarted.at("/files/seen").asInt()).isEqualTo(8);
        assertSameFiguresAsACleanRun(fixture, restarted);
    }

    @Test
    void aWorkbookReplacedAfterTheFailureCountsWithItsNewFigures(@TempDir Path folder) throws Exception {
        Fixture fixture = Fixture.in(folder);
        RunOutcome failed = failingRun(fixture);
        SubmissionWorkbook.forCampaign(SampleGenerator.campaign()).unit("DV001", "Văn phòng Tỉnh ủy")
                .reportDate(LocalDate.of(2007, 6, 29)).form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 42).membership(SampleGenerator.MASSES, 66)
                .session("DV001-01", LocalDate.of(2007, 6, 5), "Hội trường", 40, 60)
                .writeTo(fixture.input.resolve("DV001-Van-phong-Tinh-uy.xlsx"));
        Restart restart = restartAfterUnblocking(fixture);

        assertAbandoned(failed, restart, "1 workbook changed (DV001-Van-phong-Tinh-uy.xlsx)");
        JsonNode restarted = summary(restart.outcome());
        JsonNode before = cleanSummaryOf(fixture, Path.of("input", "DV001-Van-phong-Tinh-uy.xlsx"));
        assertThat(restarted.at("/groups/0/attended").asLong()).isNotEqualTo(before.at("/groups/0/attended").asLong());
        assertSameFiguresAsACleanRun(fixture, restarted);
    }

    @Test
    void aChangedJobDefinitionIsAppliedToEveryFile(@TempDir Path folder) throws Exception {
        Fixture fixture = Fixture.in(folder);
        RunOutcome failed = failingRun(fixture);
        Path jobFile = fixture.jobFile();
        Files.writeString(jobFile, Files.readString(jobFile).replace("low-rate-warning: 50", "low-rate-warning: 99"));
        Restart restart = restartAfterUnblocking(fixture);

        assertAbandoned(failed, restart, "job definition");
        JsonNode restarted = summary(restart.outcome());
        assertThat(restarted.at("/issues").findValuesAsString("code")).contains("LOW_RATE");
        assertThat(summary(failedThenCleanFolder(fixture)).at("/issues").findValuesAsString("code"))
                .doesNotContain("LOW_RATE");
        assertSameFiguresAsACleanRun(fixture, restarted);
    }

    @Test
    void anUnchangedFolderResumesTheFailedRun(@TempDir Path folder) throws Exception {
        Fixture fixture = Fixture.in(folder);
        RunOutcome failed = failingRun(fixture);
        Restart restart = restartAfterUnblocking(fixture);

        assertThat(restart.abandoned()).isEmpty();
        assertThat(restart.outcome().runId()).isEqualTo(failed.runId());
        assertThat(restart.outcome().completed()).isTrue();
        JsonNode resumed = summary(restart.outcome());
        assertThat(resumed.at("/units/reported").asInt()).isEqualTo(7);
        // each workbook counted once over the two attempts (read here or reused from an earlier test's run)
        assertThat(resumed.at("/files/read").asInt() + resumed.at("/files/reused").asInt()).isEqualTo(7);
        assertSameFiguresAsACleanRun(fixture, resumed);
    }

    /** A run over the fixture whose last step fails, as the output folder cannot be made. */
    private RunOutcome failingRun(Fixture fixture) throws Exception {
        Files.createDirectories(fixture.output);
        Files.writeString(fixture.output.resolve(SampleGenerator.JOB_ID), "not a folder");
        RunOutcome failed = runner.run(fixture.campaign(), fixture.input, fixture.output, VI);
        assertThat(failed.execution().getStatus()).isEqualTo(BatchStatus.FAILED);
        return failed;
    }

    private Restart restartAfterUnblocking(Fixture fixture) throws Exception {
        Files.delete(fixture.output.resolve(SampleGenerator.JOB_ID));
        Optional<Restart> restart = runner.restartLast();
        assertThat(restart).isPresent();
        return restart.get();
    }

    private void assertAbandoned(RunOutcome failed, Restart restart, String reason) {
        assertThat(restart.abandoned()).hasValueSatisfying(abandoned -> {
            assertThat(abandoned.runId()).isEqualTo(failed.runId());
            assertThat(abandoned.reason()).contains(reason);
        });
        JobExecution last = jobRepository.getLastJobExecution(failed.execution().getJobInstance());
        assertThat(last.getStatus()).isEqualTo(BatchStatus.ABANDONED);
        assertThat(restart.outcome().runId()).isNotEqualTo(failed.runId());
        assertThat(restart.outcome().completed()).isTrue();
    }

    /** A run over the folder as it is now, into outputs of its own, gives the same figures and counts. */
    private void assertSameFiguresAsACleanRun(Fixture fixture, JsonNode actual) throws Exception {
        RunOutcome clean = runner.run(fixture.campaign(), fixture.input, fixture.folder.resolve("clean-output"), VI);
        JsonNode expected = summary(clean);
        for (String figure : FIGURES) {
            if (!figure.equals("/files")) {
                assertThat(actual.at(figure)).as(figure).isEqualTo(expected.at(figure));
            }
        }
        assertThat(actual.at("/files/seen")).isEqualTo(expected.at("/files/seen"));
        assertThat(actual.at("/files/accepted")).isEqualTo(expected.at("/files/accepted"));
        assertThat(actual.at("/files/rejected")).isEqualTo(expected.at("/files/rejected"));
    }

    /** The fixture's original folder and job, run clean elsewhere: what the failed run would have published. */
    private RunOutcome failedThenCleanFolder(Fixture fixture) throws Exception {
        Fixture original = Fixture.in(Files.createDirectories(fixture.folder.resolve("original")));
        return runner.run(original.campaign(), original.input, original.output, VI);
    }

    /** The summary of a clean run of the fixture's original folder with {@code replacement} in place of its file. */
    private JsonNode cleanSummaryOf(Fixture fixture, Path replacement) throws Exception {
        Fixture original = Fixture.in(Files.createDirectories(fixture.folder.resolve("original")));
        Files.copy(replacement, original.input.resolve(replacement.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return summary(runner.run(original.campaign(), original.input, original.output, VI));
    }

    private static JsonNode summary(RunOutcome outcome) throws Exception {
        assertThat(outcome.completed()).as(outcome.runId()).isTrue();
        return JobRuns.summary(outcome.outputFolder());
    }

    /** A copy of the shipped job and seven of the sample's workbooks (DV001 to DV007). */
    private record Fixture(Path folder, Path input, Path output) {

        static Fixture in(Path folder) throws Exception {
            FileSystemUtils.copyRecursively(Path.of("jobs"), folder.resolve("jobs"));
            Path input = Files.createDirectories(folder.resolve("input"));
            try (Stream<Path> files = Files.list(Path.of("input"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("DV00[1-7]-.*\\.xlsx"))
                        .toList()) {
                    Files.copy(file, input.resolve(file.getFileName()));
                }
            }
            return new Fixture(folder, input, folder.resolve("output"));
        }

        Path jobFile() {
            return folder.resolve("jobs").resolve(SampleGenerator.JOB_ID).resolve("job.yml");
        }

        Campaign campaign() {
            return new CampaignLoader().load(jobFile());
        }
    }
}
