package vn.tonghop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 of the real jar while reading, while consolidating and while publishing the outputs; the next start
 * resumes the run and ends with the same figures as an uninterrupted run, every file counted once. While a run holds
 * the data folder, a second run is refused. (That a second run over unchanged files parses nothing is the job's
 * rule, checked in IncrementalRunFunctionalTest.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRestartIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static final String REMOVED = "DV001-Van-phong-Tinh-uy.xlsx";

    /** The moment whose test also proves that a second run is refused while the first holds the data folder. */
    private static final String REFUSAL_MOMENT = "consolidate.before";
    /** The moment whose test also reads the history of the two attempts. */
    private static final String HISTORY_MOMENT = "checkWorkbooks.chunk2";

    @TempDir
    static Path root;

    /** Where the uninterrupted run ran, and what it printed. */
    private Path cleanFolder;
    private String printed;
    private JsonNode uninterrupted;

    @BeforeAll
    void runOnceWithoutInterruption() throws Exception {
        cleanFolder = workFolder("clean");
        // the packaged jar itself, as README starts it; the other processes start faster from its extracted form
        try (TonghopProcess clean = TonghopProcess.startPackagedJar(cleanFolder, args())) {
            assertThat(exitCode(clean)).as(clean.stderr()).isZero();
            printed = clean.stdout();
        }
        uninterrupted = onlySummary(cleanFolder);
    }

    /** What staff see at the end of a run: the figures, and the folder of the results. */
    @Test
    void theRunPrintsTheFiguresAndWhereTheResultsAre() throws IOException {
        assertThat(printed).contains("Đơn vị đã báo cáo:  85/87", "Số cuộc học tập:    81", "8.602",
                "Cán bộ chủ chốt và đảng viên: 2.488/2.559 (97,23%)",
                "Quần chúng, công đoàn viên, hội viên: 6.114/6.224 (98,23%)");
        Path jobOutput = cleanFolder.resolve("output/hoc-tap-2007-gd1");
        Path runFolder = jobOutput.resolve(Files.readString(jobOutput.resolve("latest.txt")).strip());
        assertThat(runFolder.getFileName().toString()).matches("\\d{8}-\\d{6}");
        assertThat(printed).contains(runFolder.toAbsolutePath().normalize().toString());
        assertThat(runFolder.resolve("tong-hop.xlsx")).isNotEmptyFile();
        assertThat(runFolder.resolve("bao-cao-loi.xlsx")).isNotEmptyFile();
        assertThat(runFolder.resolve("summary.json")).isNotEmptyFile();
        assertThat(cleanFolder.resolve("data"))
                .isDirectoryContaining(file -> file.getFileName().toString().startsWith("tonghop"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkWorkbooks.chunk2", "consolidate.before", "writeOutputs.after"})
    void killedRunIsResumedWithTheSameFigures(String moment) throws Exception {
        Path folder = workFolder(moment);
        // chunks of 20 of the sample's 87 workbooks, so that the check step is killed with some staged, some not
        // (the resuming process stages the rest in chunks of the default size)
        try (TonghopProcess crashing = TonghopProcess.start(folder,
                List.of("-Dtonghop.crash-test.pause=" + moment, "-Dtonghop.files-per-chunk=20"), args())) {
            crashing.awaitOutput("paused at " + moment, RUN_TIMEOUT);
            if (moment.equals(REFUSAL_MOMENT)) {
                assertSecondRunIsRefused(folder); // one moment suffices: the lock does not depend on the step
            }
            crashing.kill();
            assertThat(crashing.isAlive()).isFalse();
        }
        try (TonghopProcess next = TonghopProcess.start(folder, args())) {
            assertThat(exitCode(next)).as(next.stderr()).isZero();
            assertThat(next.stderr()).contains("resumed run");
        }

        JsonNode resumed = onlySummary(folder);
        for (String figure : new String[] {"/units", "/sessions", "/attendees", "/groups", "/issues"}) {
            assertThat(resumed.at(figure)).as(moment + " " + figure).isEqualTo(uninterrupted.at(figure));
        }
        // every workbook checked exactly once over the two attempts
        assertThat(resumed.at("/files/read").asInt() + resumed.at("/files/reused").asInt()).isEqualTo(87);
        assertThat(resumed.at("/files")).isEqualTo(uninterrupted.at("/files"));

        if (moment.equals(HISTORY_MOMENT)) {
            try (TonghopProcess history = TonghopProcess.start(folder, "history", "--data=data")) {
                assertThat(exitCode(history)).as(history.stderr()).isZero();
                assertThat(history.stdout()).contains("COMPLETED*2", "85/87", "8602");
            }
        }
    }

    /**
     * A workbook removed while the run was down: the next start abandons the interrupted run, saying why, and
     * publishes the figures of a clean run over the folder as it is now.
     */
    @Test
    void killedRunIsAbandonedWhenTheInputFolderChangedMeanwhile() throws Exception {
        Path folder = workFolder("changed-meanwhile");
        try (TonghopProcess crashing = TonghopProcess.start(folder,
                List.of("-Dtonghop.crash-test.pause=consolidate.before"), args())) {
            crashing.awaitOutput("paused at consolidate.before", RUN_TIMEOUT);
            crashing.kill();
        }
        Files.delete(folder.resolve("input").resolve(REMOVED));
        try (TonghopProcess next = TonghopProcess.start(folder, args())) {
            assertThat(exitCode(next)).as(next.stderr()).isZero();
            assertThat(next.output()).contains("was abandoned, not resumed", "1 workbook removed (" + REMOVED + ")")
                    .doesNotContain("resumed run");
        }

        Path cleanFolder = workFolder("changed-clean");
        Files.delete(cleanFolder.resolve("input").resolve(REMOVED));
        try (TonghopProcess clean = TonghopProcess.start(cleanFolder, args())) {
            assertThat(exitCode(clean)).as(clean.stderr()).isZero();
        }
        JsonNode afterChange = onlySummary(folder);
        JsonNode expected = onlySummary(cleanFolder);
        assertThat(afterChange.at("/units/reported").asInt())
                .isEqualTo(uninterrupted.at("/units/reported").asInt() - 1);
        for (String figure : new String[] {"/units", "/sessions", "/attendees", "/groups", "/issues"}) {
            assertThat(afterChange.at(figure)).as(figure).isEqualTo(expected.at(figure));
        }
        assertThat(afterChange.at("/files/seen")).isEqualTo(expected.at("/files/seen"));
    }

    /** While one run holds the data folder, another exits at once with code 3 and writes nothing. */
    private static void assertSecondRunIsRefused(Path folder) throws Exception {
        List<Path> before = listing(folder.resolve("output"));
        try (TonghopProcess second = TonghopProcess.start(folder, args())) {
            assertThat(exitCode(second)).as(second.stderr()).isEqualTo(3);
            assertThat(second.stderr()).contains("is using the data folder");
        }
        assertThat(listing(folder.resolve("output"))).isEqualTo(before);
    }

    private static List<Path> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.sorted().toList();
        }
    }

    private static int exitCode(TonghopProcess process) throws InterruptedException {
        assertThat(process.waitFor(RUN_TIMEOUT)).as("ended in time: " + process.stderr()).isTrue();
        return process.exitCode();
    }

    private static String[] args() {
        return new String[] {"run", "--job=jobs/hoc-tap-2007-gd1/job.yml", "--input=input", "--output=output",
            "--data=data"};
    }

    /** A folder of its own with a copy of the shipped job and sample. */
    private Path workFolder(String name) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name.replace('.', '-')));
        FileSystemUtils.copyRecursively(Path.of("jobs"), folder.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("input"), folder.resolve("input"));
        return folder;
    }

    /** The summary of the one run folder the job wrote; a crashed attempt must not leave a second one. */
    private static JsonNode onlySummary(Path folder) throws IOException {
        List<JsonNode> summaries = summaries(folder);
        assertThat(summaries).hasSize(1);
        return summaries.get(0);
    }

    /** The summaries of the run folders, oldest first; latest.txt names the newest. */
    private static List<JsonNode> summaries(Path folder) throws IOException {
        Path jobOutput = folder.resolve("output/hoc-tap-2007-gd1");
        List<Path> runs;
        try (Stream<Path> children = Files.list(jobOutput)) {
            runs = children.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        assertThat(Files.readString(jobOutput.resolve("latest.txt")).strip())
                .isEqualTo(runs.get(runs.size() - 1).getFileName().toString());
        List<JsonNode> summaries = new java.util.ArrayList<>();
        for (Path run : runs) {
            summaries.add(JsonMapper.builder().build().readTree(Files.readString(run.resolve("summary.json"))));
        }
        return summaries;
    }
}
