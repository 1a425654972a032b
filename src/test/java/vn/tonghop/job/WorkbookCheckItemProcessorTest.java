package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.CheckedFile;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;
import vn.tonghop.workbook.WorkbookReader;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * A failure of the program on one workbook (a library bug, a stack overflow on a strange file) becomes that file's
 * INTERNAL_ERROR and leaves the other files' results as they are; running out of memory still fails the run.
 */
class WorkbookCheckItemProcessorTest {

    private static final Campaign CAMPAIGN = SampleGenerator.campaign();
    private static final String VALID = "DV001-Van-phong-Tinh-uy.xlsx";
    private static final String FAILING = "DV002-bao-cao.xlsx";

    @TempDir
    Path input;

    private final Logger logger = (Logger) LoggerFactory.getLogger(WorkbookCheckItemProcessor.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void writeTheWorkbooksAndListenToTheLog() {
        for (String name : List.of(VALID, FAILING)) {
            SubmissionWorkbook.forCampaign(CAMPAIGN).unit(name.substring(0, 5), "Đơn vị " + name.substring(0, 5))
                    .reportDate(LocalDate.of(2007, 6, 20)).form("Tự tổ chức")
                    .membership(SampleGenerator.CADRES, 40).membership(SampleGenerator.MASSES, 100)
                    .session(name.substring(0, 5) + "-1", LocalDate.of(2007, 6, 5), "Hội trường", 35, 90)
                    .writeTo(input.resolve(name));
        }
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    /** The real reader, except that it fails as {@code failure} says on the file named {@link #FAILING}. */
    private WorkbookCheckItemProcessor processorFailingWith(WorkbookReader failure) {
        PoiWorkbookReader poi = new PoiWorkbookReader();
        WorkbookReader reader = file -> file.getFileName().toString().equals(FAILING) ? failure.read(file)
                : poi.read(file);
        return new WorkbookCheckItemProcessor(new WorkbookChecker(reader), CAMPAIGN);
    }

    private SourceFile source(String name) throws Exception {
        Path file = input.resolve(name);
        return new SourceFile(file, name, Files.size(file), Files.getLastModifiedTime(file).toInstant(),
                "sha-" + name);
    }

    @Test
    void aRuntimeExceptionOnOneFileIsThatFilesInternalErrorAndTheNextFileIsCheckedAsEver() throws Exception {
        WorkbookCheckItemProcessor processor = processorFailingWith(file -> {
            throw new IllegalStateException("no cell style 7 in\nxl/styles.xml");
        });

        CheckedFile failed = processor.process(source(FAILING));
        CheckedFile valid = processor.process(source(VALID));

        assertThat(failed.accepted()).isFalse();
        assertThat(failed.unitCode()).as("the unit its name names").isEqualTo("DV002");
        Issue issue = failed.result().issues().get(0);
        assertThat(failed.result().issues()).hasSize(1);
        assertThat(issue.code()).isEqualTo(IssueCode.INTERNAL_ERROR);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.file()).isEqualTo(FAILING);
        assertThat(issue.unit()).isEqualTo("DV002");
        assertThat(issue.found()).isEqualTo("IllegalStateException: no cell style 7 in xl/styles.xml");
        assertThat(OutputTexts.vietnamese().message(issue)).isEqualTo("Lỗi nội bộ của chương trình khi đọc tệp "
                + FAILING + " (IllegalStateException: no cell style 7 in xl/styles.xml); số liệu của tệp này chưa "
                + "được dùng. Đơn vị không cần gửi lại: đề nghị cán bộ tổng hợp báo lỗi này cho người quản trị "
                + "chương trình, gửi kèm tệp và nhật ký chương trình (logs/tonghop.log).");

        assertThat(valid.accepted()).isTrue();
        assertThat(valid.result().issues()).isEmpty();
        assertThat(valid.result().submission().membership())
                .isEqualTo(Map.of(SampleGenerator.CADRES, 40L, SampleGenerator.MASSES, 100L));
        assertThat(valid.result().submission().attended(SampleGenerator.CADRES)).isEqualTo(35);
        assertThat(valid.result().submission().attended(SampleGenerator.MASSES)).isEqualTo(90);

        // one line, naming the file and carrying the stack trace; no second "rejected" line
        List<ILoggingEvent> aboutFailing = logged.list.stream()
                .filter(event -> event.getFormattedMessage().contains(FAILING)).toList();
        assertThat(aboutFailing).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains("INTERNAL_ERROR");
            assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
            assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        });
    }

    @Test
    void aStackOverflowWhileReadingOneFileIsThatFilesInternalError() throws Exception {
        WorkbookCheckItemProcessor processor = processorFailingWith(file -> {
            nestDeeper(file.toString().length());
            throw new AssertionError("the stack never overflowed");
        });

        CheckedFile failed = processor.process(source(FAILING));
        CheckedFile valid = processor.process(source(VALID));

        assertThat(failed.result().issues()).extracting(Issue::code, Issue::found)
                .containsExactly(tuple(IssueCode.INTERNAL_ERROR, "StackOverflowError"));
        assertThat(valid.accepted()).isTrue();
        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.ERROR).singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getClassName())
                        .isEqualTo(StackOverflowError.class.getName()));
    }

    /** Recursion without end, as a parser meets on a pathologically nested file. */
    private static int nestDeeper(int depth) {
        return nestDeeper(depth + 1) + 1;
    }

    @Test
    void runningOutOfMemoryStillFailsTheRun() {
        OutOfMemoryError outOfMemory = new OutOfMemoryError("Java heap space");
        WorkbookCheckItemProcessor processor = processorFailingWith(file -> {
            throw outOfMemory;
        });

        assertThatThrownBy(() -> processor.process(source(FAILING))).isSameAs(outOfMemory);
    }

    @Test
    void aFailureTextIsOneLineOfAtMostThreeHundredCharacters() {
        assertThat(WorkbookCheckItemProcessor.failureText(new NullPointerException())).isEqualTo("NullPointerException");
        String longText = WorkbookCheckItemProcessor.failureText(new IllegalArgumentException("x".repeat(1000)));
        assertThat(longText).hasSize(WorkbookCheckItemProcessor.MAX_FAILURE_LENGTH)
                .startsWith("IllegalArgumentException: xxx").endsWith("x…");
        assertThat(WorkbookCheckItemProcessor.failureText(new RuntimeException("a\r\n\tb ") { }))
                .isEqualTo(WorkbookCheckItemProcessorTest.class.getName() + "$1: a b");
    }
}
