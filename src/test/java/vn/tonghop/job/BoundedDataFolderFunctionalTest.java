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
 * job-repository rows moved to the run archive, so once five runs are kept the data folder grows only by each run's
 * line of history (a few hundred bytes), and the history still gives every run's start, status, figures and file
 * counts. (Measured against the first run instead, the bound would mostly measure how many runs are kept: the
 * folder holds five runs' rows then, against one after the first.)
 */
@SpringBootTest
@Import(JobRuns.class)
class BoundedDataFolderFunctionalTest {

    private static final List<String> FILES = List.of("DV001-Van-phong-Tinh-uy.xlsx",
            "DV002-Ban-To-chuc-Tinh-uy.xlsx", SampleGenerator.REJECTED_FILE);
    private static final int RUNS = 40;
    /** Fewer than the default 30, so that most of the forty runs purge. */
    private static final int KEPT_RUNS = 5;
    /** What a purged run leaves for the history: its start, status, file counts and overall figures. */
    private static final int HISTORY_LINE_AT_MOST = 1024;

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

        long windowFull = 0;
        for (int run = 1; run <= RUNS; run++) {
            assertThat(runs.run(runId(run), job, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            if (run == 2 * KEPT_RUNS) {
                windowFull = compactedSize();
            }
        }

        // unpurged, each run here adds about 6 KB (its staged rows and job-repository rows)
        assertThat(compactedSize())
                .as("the data folder after %d runs, against %d bytes after %d", RUNS, windowFull, 2 * KEPT_RUNS)
                .isLessThanOrEqualTo(windowFull + (RUNS - 2 * KEPT_RUNS) * HISTORY_LINE_AT_MOST);
        assertThat(jobRepository.getJobInstances(ConsolidationJobConfiguration.JOB_NAME, 0, RUNS))
                .as("job instances left in the job repository").hasSize(KEPT_RUNS);
        List<String> staged = jdbc.sql("SELECT DISTINCT RUN_ID FROM TH_FILE ORDER BY RUN_ID")
                .query(String.class).list();
        // the newest five, and run 1, whose checks they all reuse (referenced where they were staged, not copied)
        assertThat(staged).hasSize(KEPT_RUNS + 1).startsWith(runId(1)).endsWith(runId(RUNS))
                .containsAll(java.util.stream.IntStream.rangeClosed(RUNS - KEPT_RUNS + 1, RUNS)
                        .mapToObj(BoundedDataFolderFunctionalTest::runId).toList());
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT RUN_ID) FROM TH_ISSUE").query(Integer.class).single())
                .isEqualTo(staged.size());
        // every unit's line is kept for the kept runs only; the history keeps the overall figures of all
        assertThat(jdbc.sql("SELECT RUN_ID FROM TH_RESULT_DEFLATED ORDER BY RUN_ID").query(String.class).list())
                .isEqualTo(staged);
        // each kept run records where its reused checks are staged; the purged runs' records are gone with them
        assertThat(jdbc.sql("SELECT DISTINCT RUN_ID FROM TH_RUN_ORIGIN ORDER BY RUN_ID").query(String.class).list())
                .isEqualTo(staged);
        assertThat(jdbc.sql("SELECT ORIGIN FROM TH_RUN_ORIGIN WHERE RUN_ID = ?").param(runId(RUNS))
                .query(String.class).list()).containsExactlyInAnyOrder(runId(1), runId(RUNS));

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

        // runs recorded by a version without TH_RUN_ORIGIN: the purge reads their ledger and still keeps run 1
        jdbc.sql("DELETE FROM TH_RUN_ORIGIN WHERE RUN_ID <> ?").param(runId(1)).update();
        assertThat(runs.run(runId(RUNS + 1), job, input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.sql("SELECT DISTINCT RUN_ID FROM TH_FILE ORDER BY RUN_ID").query(String.class).list())
                .hasSize(KEPT_RUNS + 1).startsWith(runId(1)).endsWith(runId(RUNS + 1))
                .doesNotContain(runId(RUNS - KEPT_RUNS + 1));
        // ... and records what it read, so each such run's ledger is read once
        assertThat(jdbc.sql("SELECT ORIGIN FROM TH_RUN_ORIGIN WHERE RUN_ID = ?").param(runId(RUNS))
                .query(String.class).list()).containsExactlyInAnyOrder(runId(1), runId(RUNS));
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

    /**
     * The data folder's size once HSQLDB has rewritten its data file without free space: between checkpoints the
     * file holds freed blocks whose share depends on when the last rewrite happened (it swung between 65 and 123 KB
     * from one run to the next here), which would make the comparison a matter of luck.
     */
    private long compactedSize() throws IOException {
        jdbc.sql("CHECKPOINT DEFRAG").update();
        return size(data);
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
