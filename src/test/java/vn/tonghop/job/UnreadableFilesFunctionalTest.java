package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.fixtures.TwoGroupJob;
import vn.tonghop.report.OutputFiles;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.IssueStore;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.WorkbookReader;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * Files that cannot be opened, and a file the program fails on, beside valid workbooks, through the real job:
 * <ul>
 *   <li>DV001 and DV002 sent valid reports, whose figures are the run's;</li>
 *   <li>DV003's "report" is a folder named like a workbook, DV004's a named pipe, DV005's a link to a file that is
 *       gone: each is FILE_UNREADABLE for it cannot be opened (the pipe is never opened: that would hang);</li>
 *   <li>DV006's workbook is valid, but the reader fails on it as a library bug would: INTERNAL_ERROR;</li>
 *   <li>an Excel lock file that is a pipe is ignored, as any lock file.</li>
 * </ul>
 * The run completes; a second run over the same folder tries the four failed files again and reuses the others.
 */
@SpringBootTest
@Import(JobRuns.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnreadableFilesFunctionalTest {

    private static final String JOB_ID = "tep-khong-doc-duoc";
    private static final String CADRES = "can-bo-dang-vien";
    private static final String MASSES = "quan-chung";

    private static final String JOB = TwoGroupJob.yaml(JOB_ID);

    private static final String UNITS = """
            code,name,pilot
            DV001,Văn phòng Tỉnh ủy,no
            DV002,Ban Tổ chức Tỉnh ủy,no
            DV003,Sở Tài chính,no
            DV004,Sở Nội vụ,no
            DV005,Sở Tư pháp,no
            DV006,Sở Y tế,no
            """;

    static final String DV001 = "DV001-bao-cao.xlsx";
    static final String DV002 = "DV002.xls";
    static final String DV003_FOLDER = "DV003-bao-cao.xlsx";
    static final String DV004_PIPE = "DV004.xlsx";
    static final String DV005_BROKEN_LINK = "DV005.xls";
    static final String DV006_FAILING = "DV006-So-Y-te.xlsx";
    static final String LOCK_PIPE = "~$DV001-bao-cao.xlsx";
    static final String FAILURE = "IllegalStateException: no row 12 in the sheet's row cache";

    private static final Path data = TestDatabases.newFolder("UnreadableFilesFunctionalTest");
    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data", () -> data.toString());
    }

    /** The real reader, which fails on DV006's workbook as a bug in a library would. */
    @TestConfiguration
    static class ReaderFailingOnOneFile {

        @Bean
        @Primary
        WorkbookReader readerFailingOnDv006() {
            PoiWorkbookReader poi = new PoiWorkbookReader();
            return file -> {
                if (file.getFileName().toString().equals(DV006_FAILING)) {
                    throw new IllegalStateException("no row 12 in the sheet's row cache");
                }
                return poi.read(file);
            };
        }
    }

    @Autowired
    JobRuns runs;
    @Autowired
    FileLedger ledger;
    @Autowired
    IssueStore issues;

    private JobExecution first;
    private JsonNode summary;
    private Path runFolder;
    private JobExecution second;
    private JsonNode secondSummary;

    @BeforeAll
    void runTheJobTwiceOnTheFolder() throws Exception {
        Path jobFile = Files.writeString(Files.createDirectories(folder.resolve("jobs").resolve(JOB_ID))
                .resolve("job.yml"), JOB, StandardCharsets.UTF_8);
        Files.writeString(jobFile.resolveSibling("units.csv"), UNITS, StandardCharsets.UTF_8);
        Campaign campaign = new CampaignLoader().load(jobFile);
        Path input = Files.createDirectories(folder.resolve("input"));

        report(campaign, "DV001").membership(CADRES, 40).membership(MASSES, 100)
                .session("DV001-1", LocalDate.of(2007, 6, 5), "Hội trường", 35, 90).writeTo(input.resolve(DV001));
        report(campaign, "DV002").membership(CADRES, 20).membership(MASSES, 50)
                .session("DV002-1", LocalDate.of(2007, 6, 8), "Phòng họp", 18, 45).writeTo(input.resolve(DV002));
        report(campaign, "DV006").membership(CADRES, 30).membership(MASSES, 70)
                .session("DV006-1", LocalDate.of(2007, 6, 9), "Phòng họp", 25, 60)
                .writeTo(input.resolve(DV006_FAILING));

        // a folder named like a workbook, holding what an unzipped workbook holds: none of it is read
        Files.createDirectories(input.resolve(DV003_FOLDER).resolve("xl"));
        Files.writeString(input.resolve(DV003_FOLDER).resolve("[Content_Types].xml"), "<Types/>");
        mkfifo(input.resolve(DV004_PIPE));
        Files.createSymbolicLink(input.resolve(DV005_BROKEN_LINK), input.resolve("DV005-da-xoa.xls"));
        mkfifo(input.resolve(LOCK_PIPE));

        Path output = folder.resolve("output");
        first = runs.run("lan-1", jobFile, input, output);
        runFolder = OutputFolders.runFolder(output, JOB_ID, "lan-1");
        summary = JobRuns.summary(runFolder);
        second = runs.run("lan-2", jobFile, input, output);
        secondSummary = JobRuns.summary(OutputFolders.runFolder(output, JOB_ID, "lan-2"));
    }

    private static SubmissionWorkbook report(Campaign campaign, String unit) {
        return SubmissionWorkbook.forCampaign(campaign).unit(unit, campaign.unit(unit).orElseThrow().name())
                .reportDate(LocalDate.of(2007, 6, 20)).form("Tự tổ chức");
    }

    private static void mkfifo(Path pipe) throws IOException, InterruptedException {
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is available");
    }

    @Test
    void bothRunsCompleteAndEveryFileHasItsStatus() {
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ledger.statuses("lan-1")).containsExactlyInAnyOrderEntriesOf(Map.of(
                DV001, FileStatus.ACCEPTED,
                DV002, FileStatus.ACCEPTED,
                DV003_FOLDER, FileStatus.REJECTED,
                DV004_PIPE, FileStatus.REJECTED,
                DV005_BROKEN_LINK, FileStatus.REJECTED,
                DV006_FAILING, FileStatus.REJECTED,
                LOCK_PIPE, FileStatus.IGNORED));

        JsonNode files = summary.get("files");
        assertThat(files.get("seen").asInt()).isEqualTo(7);
        assertThat(files.get("read").asInt()).isEqualTo(6);
        assertThat(files.get("accepted").asInt()).isEqualTo(2);
        assertThat(files.get("rejected").asInt()).isEqualTo(4);
        assertThat(files.get("ignored").asInt()).isEqualTo(1);
    }

    @Test
    void eachFileThatCannotBeOpenedIsFileUnreadableForThatReasonAndTheFailingOneAnInternalError() {
        Map<String, List<Issue>> checked = issues.checkIssuesByFile("lan-1");

        assertThat(checked).containsOnlyKeys(DV003_FOLDER, DV004_PIPE, DV005_BROKEN_LINK, DV006_FAILING);
        checked.forEach((file, found) -> assertThat(found).as(file).hasSize(1));
        assertThat(List.of(DV003_FOLDER, DV004_PIPE, DV005_BROKEN_LINK, DV006_FAILING))
                .map(file -> checked.get(file).get(0))
                .extracting(Issue::code, Issue::unit, Issue::found).containsExactly(
                        tuple(IssueCode.FILE_UNREADABLE, "DV003", "CANNOT_OPEN"),
                        tuple(IssueCode.FILE_UNREADABLE, "DV004", "CANNOT_OPEN"),
                        tuple(IssueCode.FILE_UNREADABLE, "DV005", "CANNOT_OPEN"),
                        tuple(IssueCode.INTERNAL_ERROR, "DV006", FAILURE));
    }

    @Test
    void theSummaryNamesEachFailedFileWithItsUnitAndSaysWhy() {
        List<String> lines = new ArrayList<>();
        summary.get("issues").forEach(issue -> lines.add(String.join("|", issue.get("code").asString(),
                issue.get("severity").asString(), issue.get("file").asString(), issue.get("unit").asString())));
        assertThat(lines).containsExactlyInAnyOrder(
                "FILE_UNREADABLE|ERROR|" + DV003_FOLDER + "|DV003",
                "FILE_UNREADABLE|ERROR|" + DV004_PIPE + "|DV004",
                "FILE_UNREADABLE|ERROR|" + DV005_BROKEN_LINK + "|DV005",
                "INTERNAL_ERROR|ERROR|" + DV006_FAILING + "|DV006",
                "NOT_REPORTED|WARNING|" + DV003_FOLDER + "|DV003",
                "NOT_REPORTED|WARNING|" + DV004_PIPE + "|DV004",
                "NOT_REPORTED|WARNING|" + DV005_BROKEN_LINK + "|DV005",
                "NOT_REPORTED|WARNING|" + DV006_FAILING + "|DV006");

        summary.get("issues").forEach(issue -> {
            String message = issue.get("message").asString();
            switch (issue.get("code").asString()) {
                case "FILE_UNREADABLE" -> assertThat(message).isEqualTo("Không đọc được tệp "
                        + issue.get("file").asString() + ": không mở được tệp (tệp đang mở trong một chương trình "
                        + "khác, không có quyền đọc, hoặc đây là thư mục hay liên kết hỏng chứ không phải tệp). Đề "
                        + "nghị mở tệp bằng Excel (hoặc LibreOffice), lưu lại dạng .xlsx (Excel 2007 trở lên) và "
                        + "gửi lại.");
                case "INTERNAL_ERROR" -> assertThat(message).startsWith("Lỗi nội bộ của chương trình khi đọc tệp "
                        + DV006_FAILING + " (" + FAILURE + ")").contains("Đơn vị không cần gửi lại");
                default -> assertThat(message).contains(issue.get("file").asString());
            }
        });
    }

    @Test
    void theFiguresAreThoseOfTheValidWorkbooksExactly() {
        assertThat(summary.at("/units/expected").asInt()).isEqualTo(6);
        assertThat(summary.at("/units/reported").asInt()).isEqualTo(2);
        assertThat(summary.at("/units/missing")).extracting(JsonNode::asString)
                .containsExactly("DV003", "DV004", "DV005", "DV006");
        assertThat(summary.get("sessions").asLong()).isEqualTo(2);
        assertThat(summary.get("attendees").asLong()).isEqualTo(35 + 90 + 18 + 45);
        assertGroup(summary.at("/groups/0"), CADRES, 35 + 18, 40 + 20, "88.33");
        assertGroup(summary.at("/groups/1"), MASSES, 90 + 45, 100 + 50, "90.00");
    }

    @Test
    void theExceptionReportExplainsInternalErrorOnItsSummary() throws IOException {
        Map<String, String> meanings = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(runFolder.resolve(OutputFiles.EXCEPTION_REPORT).toFile(),
                null, true)) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("Tóm tắt")) {
                // the code table: the Vietnamese name, the meaning, count, severity, and the stable code last
                meanings.put(formatter.formatCellValue(row.getCell(4)), formatter.formatCellValue(row.getCell(1)));
            }
        }
        assertThat(meanings).containsEntry("INTERNAL_ERROR", "Lỗi nội bộ của chương trình khi đọc tệp: cán bộ tổng "
                + "hợp báo cho người quản trị chương trình, đơn vị không cần gửi lại.");
        assertThat(meanings).containsEntry("FILE_UNREADABLE", "Tệp rỗng, hỏng, không mở được, không "
                + "phải bảng tính hoặc ở dạng chương trình không đọc (.xlsb, .ods).");
    }

    @Test
    void theNextRunTriesTheFailedFilesAgainAndReusesTheOthers() {
        JsonNode files = secondSummary.get("files");
        assertThat(files.get("read").asInt()).as("the three unopenable files and the one failed on").isEqualTo(4);
        assertThat(files.get("reused").asInt()).isEqualTo(2);
        assertThat(files.get("accepted").asInt()).isEqualTo(2);
        assertThat(files.get("rejected").asInt()).isEqualTo(4);
        for (String figure : new String[] {"/units", "/sessions", "/attendees", "/groups"}) {
            assertThat(secondSummary.at(figure)).as(figure).isEqualTo(summary.at(figure));
        }
    }

    private static void assertGroup(JsonNode group, String key, long attended, long total, String rate) {
        assertThat(group.get("key").asString()).isEqualTo(key);
        assertThat(group.get("attended").asLong()).isEqualTo(attended);
        assertThat(group.get("total").asLong()).isEqualTo(total);
        assertThat(group.get("rate").decimalValue()).isEqualByComparingTo(rate);
    }
}
