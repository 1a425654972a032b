package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tonghop.fixtures.SampleGenerator;

/**
 * Forty runs over an unchanged small folder (three workbooks, a registry of three units), keeping five: the staged
 * per-file rows of all but the newest five runs (and the run their checks were reused from) are purged, their
 * job-repository rows moved to the run archive, so the data folder ends no larger than three times its size after
 * the first run, and the history still gives every run's start, status, figures and file counts.
 */
@SpringBootTest
@Import(JobRuns.class)
class BoundedDataFolderFunctionalTest {

    private static final List<String> FILES = List.of("DV001-Van-phong-Tinh-uy.xlsx",
            "DV002-Ban-To-chuc-Tinh-uy.xlsx", SampleGenerator.REJECTED_FILE);
    private static final int RUNS = 40;
    /** Fewer than the default 30, so that most of the forty runs purge. */
    private static final int KEPT_RUNS = 5;

    private static final Path data = TestDatabases.newFolder("bounded");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data", () -> data.toString());
        registry.add(StagingPurge.PROPERTY, () -> KEPT_RUNS);
    }

    @Autowired
    JobRuns runs;
    @Autowired
    RunHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobRepository jobRepository;

    @Test
    void fortyRunsKeepTheDataFolderBoundedAndTheHistoryWhole(@TempDir Path folder) throws Exception {
        Path job = smallJob(folder);
        Path input = Files.createDirectories(folder.resolve("input"));
        for (String file : FILES) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        Path output = folder.resolve("output");

        long afterFirst = 0;
        for (int run = 1; run <= RUNS; run++) {
            assertThat(runs.run(runId(run), job, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            if (run == 1) {
                afterFirst = size(data);
            }
        }

        assertThat(size(data)).as("the data folder after %d runs, against %d bytes after the first", RUNS, afterFirst)
                .isLessThanOrEqualTo(3 * afterFirst);
        assertThat(jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, RUNS))
                .as("job instances left in the job repository").hasSize(KEPT_RUNS);
        List<String> staged = jdbc.sql("SELECT DISTINCT RUN_ID FROM TH_FILE ORDER BY RUN_ID")
                .query(String.class).list();
        // the newest five, and run 35, whose checks run 36 reused
        assertThat(staged).hasSize(KEPT_RUNS + 1).startsWith(runId(RUNS - KEPT_RUNS)).endsWith(runId(RUNS));
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT RUN_ID) FROM TH_ISSUE").query(Integer.class).single())
                .isEqualTo(staged.size());

        List<RunHistory.Entry> all = history.newest(RUNS);
        assertThat(all).hasSize(RUNS);
        for (RunHistory.Entry entry : all) {
            assertThat(entry.figures()).as(entry.runId()).hasValueSatisfying(figures -> {
                assertThat(figures.unitsReported()).isEqualTo(2);
                assertThat(figures.unitsExpected()).isEqualTo(3);
                assertThat(figures.attendees()).isEqualTo(all.get(0).figures().orElseThrow().attendees());
            });
            assertThat(entry.status()).as(entry.runId()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(entry.attempts()).as(entry.runId()).isEqualTo(1);
            assertThat(entry.files().seen()).as(entry.runId()).isEqualTo(3);
            assertThat(entry.files().read() + entry.files().reused()).as(entry.runId()).isEqualTo(3);
            assertThat(entry.files().accepted()).as(entry.runId()).isEqualTo(2);
            assertThat(entry.files().rejected()).as(entry.runId()).isEqualTo(1);
        }
        assertThat(all).extracting(RunHistory.Entry::runId).as("newest first")
                .containsExactlyElementsOf(java.util.stream.IntStream.iterate(RUNS, run -> run - 1).limit(RUNS)
                        .mapToObj(BoundedDataFolderFunctionalTest::runId).toList());
        RunHistory.Entry first = all.get(RUNS - 1);
        assertThat(first.runId()).isEqualTo(runId(1));
        assertThat(first.files().read()).isEqualTo(3);
    }

    /** The shipped job with a registry of the three units whose workbooks the folder holds. */
    private static Path smallJob(Path folder) throws IOException {
        Path job = Files.createDirectories(folder.resolve("jobs").resolve(SampleGenerator.JOB_ID));
        Files.copy(Path.of("jobs", SampleGenerator.JOB_ID, "job.yml"), job.resolve("job.yml"));
        List<String> registry = Files.readAllLines(Path.of("jobs", SampleGenerator.JOB_ID, "units.csv")).stream()
                .filter(line -> line.startsWith("code,") || line.matches("(DV001|DV002|DV079),.*")).toList();
        assertThat(registry).hasSize(4);
        Files.write(job.resolve("units.csv"), registry);
        return job.resolve("job.yml");
    }

    private static String runId(int run) {
        return String.format("run-%02d", run);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
