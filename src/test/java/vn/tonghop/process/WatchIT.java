package vn.tonghop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.cli.ExitCodes;

/**
 * {@code watch} as a real process on the packaged jar: it picks up dropped workbooks, never reads one half-copied,
 * and holds the data folder so that a second {@code run} or {@code watch} leaves at once.
 */
class WatchIT {

    private static final Path SAMPLE_JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml").toAbsolutePath();
    private static final Path SAMPLE_INPUT = Path.of("input").toAbsolutePath();
    /** Generous: a loaded two-core CI machine starts a JVM and Spring slowly. */
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration RUN = Duration.ofSeconds(60);
    /** Long enough that a run before it would have been seen: several polls of one second. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private Path input;
    private Path runs;
    private final List<TonghopProcess> processes = new ArrayList<>();

    @BeforeEach
    void sampleFolders() throws IOException {
        input = Files.createDirectories(folder.resolve("input"));
        runs = folder.resolve("output").resolve("hoc-tap-2007-gd1");
        dropSample("DV001");
        dropSample("DV002");
    }

    @AfterEach
    void stopProcesses() throws Exception {
        for (TonghopProcess process : processes) {
            process.close();
        }
    }

    private TonghopProcess start(Path workingFolder, String command, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(command, "--job=" + SAMPLE_JOB, "--input=" + input,
                "--output=" + folder.resolve("output"), "--data=" + folder.resolve("data")));
        args.addAll(List.of(more));
        TonghopProcess process = TonghopProcess.start(workingFolder, args.toArray(String[]::new));
        processes.add(process);
        return process;
    }

    private TonghopProcess startWatch() throws Exception {
        TonghopProcess watch = start(folder, "watch", "--poll=1");
        watch.awaitOutput("Watching", START);
        return watch;
    }

    /** One watch process for two checks: a second process leaves at once, a dropped workbook leads to a run. */
    @Test
    void whileWatchHoldsTheDataFolderASecondRunOrWatchLeavesAtOnceAndADroppedWorkbookLeadsToANewRun()
            throws Exception {
        TonghopProcess watch = startWatch();
        assertASecondRunOrWatchLeavesAtOnceWritingNothing(watch);

        JsonNode first = awaitRun(watch, 1);
        assertThat(first.path("units").path("reported").asInt()).isEqualTo(2);
        assertThat(missing(first)).contains("DV003");

        dropSample("DV003");
        JsonNode second = awaitRun(watch, 2);

        assertThat(second.path("units").path("reported").asInt()).isEqualTo(3);
        assertThat(missing(second)).doesNotContain("DV001", "DV002", "DV003").contains("DV004");
        // the summary is printed just after the run folder appears
        watch.awaitOutput("Đơn vị đã báo cáo:  3/87", RUN);

        watch.terminate();
        assertThat(watch.waitFor(RUN)).as("watch stops on SIGTERM").isTrue();
        assertThat(watch.stdout()).contains("Stopped watching");
        assertThat(Files.readString(folder.resolve("logs/tonghop.log")))
                .contains("[" + second.path("runId").asText() + "]", "DV003");
    }

    @Test
    void aWorkbookStillBeingCopiedIsNotReadUntilItIsComplete() throws Exception {
        TonghopProcess watch = startWatch();
        awaitRun(watch, 1);

        byte[] workbook = Files.readAllBytes(sample("DV005"));
        Path copy = input.resolve(sample("DV005").getFileName());
        int chunks = 12;
        try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.CREATE_NEW)) {
            for (int i = 0; i < chunks; i++) {
                int from = workbook.length * i / chunks;
                int to = workbook.length * (i + 1) / chunks;
                out.write(workbook, from, to - from);
                out.flush();
                Thread.sleep(450); // about half a poll: the size changes between any two polls
            }
        }
        assertThat(runFolders()).as("no run while the copy was in progress").hasSize(1);

        JsonNode after = awaitRun(watch, 2);
        assertThat(missing(after)).doesNotContain("DV005");
        assertThat(after.path("files").path("rejected").asInt()).isZero();
        for (Path run : runFolders()) {
            assertThat(Files.readString(run.resolve("summary.json"))).doesNotContain("FILE_UNREADABLE");
        }
    }

    @Test
    void aFileThatNeverSettlesIsWaitedForOnlyUntilMaxWaitThenReportedAsUnreadable() throws Exception {
        Path hung = input.resolve("DV003-ban-sao-treo.xlsx");
        Files.write(hung, new byte[] {'P', 'K'});
        Thread writer = new Thread(() -> keepGrowing(hung), "hung-copy");
        writer.setDaemon(true);
        writer.start();
        try {
            TonghopProcess watch = start(folder, "watch", "--poll=1", "--max-wait=" + MAX_WAIT.toSeconds() + "s");
            watch.awaitOutput("Watching", START);
            Instant watching = Instant.now();

            JsonNode run = awaitRun(watch, 1);

            assertThat(runStart(run)).as("no run before the hung file's patience ran out")
                    .isAfterOrEqualTo(watching.plus(MAX_WAIT).truncatedTo(ChronoUnit.SECONDS).minusSeconds(1));
            assertThat(watch.stdout()).contains("No longer waiting for 1 file(s)", hung.getFileName().toString());
            assertThat(run.path("units").path("reported").asInt()).as("DV001 and DV002 were not held back")
                    .isEqualTo(2);
            assertThat(run.path("issues")).anySatisfy(issue -> {
                assertThat(issue.path("file").asText()).isEqualTo(hung.getFileName().toString());
                assertThat(issue.path("code").asText()).isEqualTo("FILE_UNREADABLE");
            });
        } finally {
            writer.interrupt();
        }
    }

    /** A copy that hangs without ever finishing: a few bytes more every half second. */
    private static void keepGrowing(Path file) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
                Thread.sleep(500);
            }
        } catch (IOException | InterruptedException e) {
            // the test is over
        }
    }

    private void assertASecondRunOrWatchLeavesAtOnceWritingNothing(TonghopProcess watch) throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("second"));

        TonghopProcess run = TonghopProcess.start(elsewhere, "run", "--job=" + SAMPLE_JOB, "--input=" + input,
                "--output=" + elsewhere.resolve("output"), "--data=" + folder.resolve("data"));
        processes.add(run);
        TonghopProcess secondWatch = TonghopProcess.start(elsewhere, "watch", "--job=" + SAMPLE_JOB,
                "--input=" + input, "--output=" + elsewhere.resolve("output"), "--data=" + folder.resolve("data"));
        processes.add(secondWatch);

        for (TonghopProcess second : List.of(run, secondWatch)) {
            assertThat(second.waitFor(START)).isTrue();
            assertThat(second.exitCode()).as(second.output()).isEqualTo(ExitCodes.ALREADY_RUNNING);
            assertThat(second.stderr().strip()).isEqualTo("tonghop: another tonghop run or watch is using the data "
                    + "folder " + folder.resolve("data").toAbsolutePath() + "; nothing was done");
            assertThat(second.stdout()).isEmpty();
        }
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertThat(written).as("no output, no log").isEmpty();
        }
        assertThat(watch.isAlive()).isTrue();
    }

    private Path sample(String unit) {
        try (Stream<Path> files = Files.list(SAMPLE_INPUT)) {
            return files.filter(f -> f.getFileName().toString().startsWith(unit + "-")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dropSample(String unit) throws IOException {
        Path source = sample(unit);
        Files.copy(source, input.resolve(source.getFileName()));
    }

    /** The complete run folders so far (a run's folder appears in one move, with all its files). */
    private List<Path> runFolders() throws IOException {
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(runs)) {
            return folders.filter(Files::isDirectory).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private JsonNode awaitRun(TonghopProcess watch, int count) throws Exception {
        watch.await(() -> {
            try {
                return runFolders().size() >= count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, RUN, "run folder #" + count);
        Path run = runFolders().get(count - 1);
        return JsonMapper.builder().build().readTree(Files.readString(run.resolve("summary.json")));
    }

    /** When the run started, from its id (yyyyMMdd-HHmmss, local time). */
    private static Instant runStart(JsonNode summary) {
        String id = summary.path("runId").asText();
        return LocalDateTime.parse(id.substring(0, 15), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                .atZone(ZoneId.systemDefault()).toInstant();
    }

    private static List<String> missing(JsonNode summary) {
        List<String> codes = new ArrayList<>();
        summary.path("units").path("missing").forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
