package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.intake.SourceFile;

/** The progress of reading the workbooks: a rewritten terminal line, or a log line per tenth; a fake clock. */
class CheckProgressListenerTest {

    private Instant now = Instant.parse("2007-06-30T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final List<String> asked = new ArrayList<>();
    private final List<String> logLines = new ArrayList<>();

    private int pending(String runId) {
        asked.add(runId);
        return 87;
    }

    private final StepExecution step = MetaDataInstanceFactory.createStepExecution(
            new JobParametersBuilder().addString(JobParameterNames.RUN, "20070630-020000").toJobParameters());

    /** Checks {@code files} files at 4 a second, staged in chunks of 10. */
    private void checkFiles(CheckProgressListener listener, int files) {
        listener.beforeStep(step);
        List<CheckedFile> chunk = new ArrayList<>();
        for (int i = 1; i <= files; i++) {
            now = now.plus(Duration.ofMillis(250));
            listener.afterRead(null);
            chunk.add(null);
            if (i % 10 == 0 || i == files) {
                listener.afterWrite(new Chunk<>(chunk));
                chunk.clear();
            }
        }
        listener.afterStep(step);
    }

    @Test
    void withoutATerminalALineIsLoggedForEachTenthOfTheFilesAtChunkEnds() {
        checkFiles(CheckProgressListener.inLog(this::pending, clock, logLines::add), 87);

        assertThat(asked).containsExactly("20070630-020000");
        assertThat(logLines).hasSize(9);
        assertThat(logLines.get(0)).isEqualTo("Checking workbooks: 10/87 files (11%), 4.0 files/s, about 0:20 left");
        assertThat(logLines.get(8)).isEqualTo("Checking workbooks: 87/87 files (100%), 4.0 files/s");
    }

    @Test
    void whenChunksAreLargerThanATenthEachChunkLogsOnce() {
        List<String> lines = new ArrayList<>();
        CheckProgressListener listener = CheckProgressListener.inLog(runId -> 25, clock, lines::add);

        checkFiles(listener, 25);

        assertThat(lines).extracting(line -> line.substring(0, line.indexOf('(')))
                .containsExactly("Checking workbooks: 10/25 files ", "Checking workbooks: 20/25 files ",
                        "Checking workbooks: 25/25 files ");
    }

    @Test
    void inATerminalOneLineIsRewrittenAfterEveryFileAndEndedOnce() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        checkFiles(CheckProgressListener.inTerminal(this::pending, clock,
                new PrintStream(err, true, StandardCharsets.UTF_8)), 87);

        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown.chars().filter(c -> c == '\r').count()).isEqualTo(87);
        assertThat(shown.chars().filter(c -> c == '\n').count()).isEqualTo(1);
        assertThat(shown).contains("\rChecking workbooks: 1/87 files (1%), 4.0 files/s, about 0:22 left")
                .matches("(?s).*\\rChecking workbooks: 87/87 files \\(100%\\), 4\\.0 files/s +\n");
        assertThat(logLines).isEmpty();
    }

    @Test
    void timeLeftIsThePaceSoFarAppliedToTheFilesLeft() {
        CheckProgress progress = new CheckProgress(30, 90, Duration.ofSeconds(12));

        assertThat(progress.filesPerSecond()).isEqualTo(2.5);
        assertThat(progress.remaining()).isEqualTo(Duration.ofSeconds(24));
        assertThat(new CheckProgress(0, 90, Duration.ZERO).line()).isEqualTo("Checking workbooks: 0/90 files (0%)");
        assertThat(IntStream.of(1, 100).mapToObj(s -> new CheckProgress(1, 2, Duration.ofSeconds(s)).line()))
                .containsExactly("Checking workbooks: 1/2 files (50%), 1.0 files/s, about 0:01 left",
                        "Checking workbooks: 1/2 files (50%), 0.0 files/s, about 1:40 left");
    }
}
