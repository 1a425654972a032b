package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.consolidation.Reconciler;
import vn.tonghop.consolidation.Reconciliation;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.fixtures.TwoGroupJob;
import vn.tonghop.report.OutputFiles;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.StagedRun;

/**
 * The checks that only show across files, on a small campaign folder run through the real job:
 * <ul>
 *   <li>DV001 sent two valid reports; the one with the later report date counts although its file is older and its
 *       name sorts first (DUPLICATE_SUPERSEDED on the other);</li>
 *   <li>DV002's newest report does not add up; its earlier accepted report counts (NEWER_REJECTED);</li>
 *   <li>DV003 sent the same report date twice; the later-modified file counts (DUPLICATE_SUPERSEDED);</li>
 *   <li>DV003 and DV004 study together in cluster CUM-1 and date their joint session differently
 *       (SESSION_CONFLICT); the session counts once;</li>
 *   <li>DV005 sent only an OpenDocument file renamed .xlsx, which is not read (FILE_UNREADABLE, said of DV005 by its
 *       name), so it has not reported (NOT_REPORTED, naming that file);</li>
 *   <li>DV002 also left a draft saved as .ods, which is ignored but named on the exception report's summary;</li>
 *   <li>an Excel lock file, a hidden workbook and a note are ignored, never read.</li>
 * </ul>
 */
@JobFunctionalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossFileChecksFunctionalTest {

    private static final String JOB_ID = "kiem-tra-cheo";
    private static final String RUN = "cheo";
    private static final String CADRES = "can-bo-dang-vien";
    private static final String MASSES = "quan-chung";
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final String JOB = TwoGroupJob.yaml(JOB_ID);

    private static final String UNITS = """
            code,name,pilot
            DV001,Văn phòng Tỉnh ủy,no
            DV002,Ban Tổ chức Tỉnh ủy,yes
            DV003,Sở Tài chính,no
            DV004,Sở Nội vụ,no
            DV005,Sở Tư pháp,no
            """;

    static final String DV001_NEWER = "DV001-bao-cao-20-06.xlsx";
    static final String DV001_OLDER = "DV001-bao-cao-ban-dau.xlsx";
    static final String DV002_ACCEPTED = "DV002.xls";
    static final String DV002_REJECTED = "DV002-sua.xlsx";
    static final String DV003_LATER_COPY = "DV003-sua.xlsx";
    static final String DV003_EARLIER_COPY = "DV003.xlsx";
    static final String DV004 = "DV004.xlsx";
    static final String DV005_ODS = "DV005-So-Tu-phap.xlsx";
    static final String DV002_DRAFT_ODS = "DV002-ban-nhap.ods";
    static final String LOCK_FILE = "~$DV001-bao-cao-20-06.xlsx";
    static final String HIDDEN_FILE = ".DV004-nhap.xlsx";
    static final String NOTE_FILE = "ghi-chu.txt";

    @TempDir
    static Path folder;

    @Autowired
    JobRuns runs;
    @Autowired
    FileLedger ledger;
    @Autowired
    StagedRun staged;

    private Campaign campaign;
    private JobExecution execution;
    private JsonNode summary;
    private Path runFolder;
    /** Where DV004's joint session date is, for the SESSION_CONFLICT. */
    private String dv004SessionDateCell;
    /** Where DV002's rejected file has its wrong masses total. */
    private String dv002WrongTotalCell;

    @BeforeAll
    void runTheJobOnTheFolder() throws Exception {
        Path jobFile = Files.writeString(Files.createDirectories(folder.resolve("jobs").resolve(JOB_ID))
                .resolve("job.yml"), JOB, StandardCharsets.UTF_8);
        Files.writeString(jobFile.resolveSibling("units.csv"), UNITS, StandardCharsets.UTF_8);
        campaign = new CampaignLoader().load(jobFile);
        Path input = Files.createDirectories(folder.resolve("input"));

        // DV001: the report dated 20/06 counts; the draft dated 10/06 was copied in later and its name sorts after
        write(report(campaign, "DV001", LocalDate.of(2007, 6, 20), "Tự tổ chức")
                        .membership(CADRES, 40).membership(MASSES, 100)
                        .session("DV001-1", LocalDate.of(2007, 6, 5), "Hội trường", 35, 90),
                input.resolve(DV001_NEWER), LocalDateTime.of(2007, 6, 20, 16, 0));
        write(report(campaign, "DV001", LocalDate.of(2007, 6, 10), "Tự tổ chức")
                        .membership(CADRES, 40).membership(MASSES, 100)
                        .session("DV001-0", LocalDate.of(2007, 6, 3), "Hội trường", 30, 80),
                input.resolve(DV001_OLDER), LocalDateTime.of(2007, 6, 25, 9, 0));

        // DV002: the accepted .xls of 15/06 counts; the corrected version of 28/06 has a wrong Tổng cộng
        write(report(campaign, "DV002", LocalDate.of(2007, 6, 15), "Mời báo cáo viên cấp trên")
                        .membership(CADRES, 20).membership(MASSES, 50)
                        .session("DV002-1", LocalDate.of(2007, 6, 8), "Phòng họp", 18, 45),
                input.resolve(DV002_ACCEPTED), LocalDateTime.of(2007, 6, 15, 16, 0));
        SubmissionWorkbook rejected = report(campaign, "DV002", LocalDate.of(2007, 6, 28), "Mời báo cáo viên cấp trên")
                .membership(CADRES, 20).membership(MASSES, 50)
                .session("DV002-1", LocalDate.of(2007, 6, 8), "Phòng họp", 18, 45)
                .session("DV002-2", LocalDate.of(2007, 6, 20), "Phòng họp", 2, 5)
                .totalRowOverride(MASSES, 60);
        dv002WrongTotalCell = rejected.totalRowCell("Quần chúng, công đoàn viên, hội viên dự");
        write(rejected, input.resolve(DV002_REJECTED), LocalDateTime.of(2007, 6, 28, 16, 0));

        // DV003 (cluster CUM-1): two files dated 14/06; the later-modified one counts although its name sorts first
        write(report(campaign, "DV003", LocalDate.of(2007, 6, 14), "Ghép cụm").clusterCode("CUM-1")
                        .membership(CADRES, 10).membership(MASSES, 30)
                        .session("CUM1-01", LocalDate.of(2007, 6, 12), "Hội trường Sở Tài chính", 9, 28),
                input.resolve(DV003_LATER_COPY), LocalDateTime.of(2007, 6, 14, 15, 0));
        write(report(campaign, "DV003", LocalDate.of(2007, 6, 14), "Ghép cụm").clusterCode("CUM-1")
                        .membership(CADRES, 10).membership(MASSES, 30)
                        .session("CUM1-01", LocalDate.of(2007, 6, 12), "Hội trường Sở Tài chính", 8, 27),
                input.resolve(DV003_EARLIER_COPY), LocalDateTime.of(2007, 6, 14, 8, 0));

        // DV004 (cluster CUM-1) dates the joint session a day later
        SubmissionWorkbook dv004 = report(campaign, "DV004", LocalDate.of(2007, 6, 16), "Ghép cụm")
                .clusterCode("CUM-1").membership(CADRES, 12).membership(MASSES, 25)
                .session("CUM1-01", LocalDate.of(2007, 6, 13), "Hội trường Sở Tài chính", 11, 20);
        dv004SessionDateCell = dv004.sessionCell(0, SubmissionWorkbook.SESSION_DATE);
        write(dv004, input.resolve(DV004), LocalDateTime.of(2007, 6, 16, 16, 0));

        try (InputStream ods = CrossFileChecksFunctionalTest.class.getResourceAsStream(
                "/workbooks/DV001-libreoffice.ods")) {
            byte[] bytes = ods.readAllBytes();
            Files.write(input.resolve(DV005_ODS), bytes);
            Files.write(input.resolve(DV002_DRAFT_ODS), bytes);
        }

        // neither of these may be read: as workbooks they are unreadable, which would show as FILE_UNREADABLE
        Files.write(input.resolve(LOCK_FILE), new byte[165]);
        Files.write(input.resolve(HIDDEN_FILE), "không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        Files.writeString(input.resolve(NOTE_FILE), "DV005 chưa gửi báo cáo.", StandardCharsets.UTF_8);

        execution = runs
                .run(RUN, jobFile, input, folder.resolve("output"));
        runFolder = OutputFolders.runFolder(folder.resolve("output"), JOB_ID, RUN);
        summary = JobRuns.summary(runFolder);
    }

    private static SubmissionWorkbook report(Campaign campaign, String unit, LocalDate reportDate, String form) {
        String name = campaign.unit(unit).orElseThrow().name();
        return SubmissionWorkbook.forCampaign(campaign).unit(unit, name).reportDate(reportDate).form(form);
    }

    private static void write(SubmissionWorkbook workbook, Path file, LocalDateTime modified) throws IOException {
        Files.setLastModifiedTime(workbook.writeTo(file), FileTime.from(modified.toInstant(VIETNAM)));
    }

    @Test
    void theJobCompletesAndReadsOnlyTheWorkbooks() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution check = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("checkWorkbooks")).findFirst().orElseThrow();
        assertThat(check.getReadCount()).isEqualTo(8);

        JsonNode files = summary.get("files");
        assertThat(files.get("seen").asInt()).isEqualTo(12);
        assertThat(files.get("read").asInt()).isEqualTo(8);
        assertThat(files.get("accepted").asInt()).isEqualTo(4);
        assertThat(files.get("rejected").asInt()).isEqualTo(2);
        assertThat(files.get("ignored").asInt()).isEqualTo(4);
    }

    @Test
    void eachFileHasItsStagedStatus() {
        assertThat(ledger.statuses(RUN)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(DV001_NEWER, FileStatus.ACCEPTED),
                Map.entry(DV001_OLDER, FileStatus.SUPERSEDED),
                Map.entry(DV002_ACCEPTED, FileStatus.ACCEPTED),
                Map.entry(DV002_REJECTED, FileStatus.REJECTED),
                Map.entry(DV003_LATER_COPY, FileStatus.ACCEPTED),
                Map.entry(DV003_EARLIER_COPY, FileStatus.SUPERSEDED),
                Map.entry(DV004, FileStatus.ACCEPTED),
                Map.entry(DV005_ODS, FileStatus.REJECTED),
                Map.entry(LOCK_FILE, FileStatus.IGNORED),
                Map.entry(HIDDEN_FILE, FileStatus.IGNORED),
                Map.entry(NOTE_FILE, FileStatus.IGNORED),
                Map.entry(DV002_DRAFT_ODS, FileStatus.IGNORED)));
    }

    /**
     * Saving a reconciliation writes only the statuses that changed: a status changed back (as a redone step would)
     * is written too, and saving the run's own reconciliation again leaves every status as it was.
     */
    @Test
    void savingAReconciliationWritesEveryStatusThatDiffersAndOnlyThose() {
        Map<String, FileStatus> before = ledger.statuses(RUN);
        Map<String, FileStatus> changed = new LinkedHashMap<>(before);
        changed.keySet().removeIf(name -> before.get(name) == FileStatus.IGNORED);
        changed.put(DV001_OLDER, FileStatus.ACCEPTED);
        changed.put(DV001_NEWER, FileStatus.SUPERSEDED);
        try {
            staged.saveReconciliation(RUN, new Reconciliation(changed, List.of(), List.of()));

            Map<String, FileStatus> expected = new LinkedHashMap<>(before);
            expected.put(DV001_OLDER, FileStatus.ACCEPTED);
            expected.put(DV001_NEWER, FileStatus.SUPERSEDED);
            assertThat(ledger.statuses(RUN)).containsExactlyInAnyOrderEntriesOf(expected);
        } finally {
            staged.saveReconciliation(RUN, new Reconciler().reconcile(campaign, staged.checkedFiles(RUN)));
        }
        assertThat(ledger.statuses(RUN)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void everyCrossFileIssueNamesItsFileUnitAndCell() {
        List<String> lines = new ArrayList<>();
        summary.get("issues").forEach(issue -> lines.add(String.join("|", issue.get("code").asString(),
                issue.get("severity").asString(), text(issue.get("file")), text(issue.get("unit")),
                text(issue.get("sheet")), text(issue.get("cell")))));

        assertThat(lines).containsExactlyInAnyOrder(
                "DUPLICATE_SUPERSEDED|WARNING|" + DV001_OLDER + "|DV001|Báo cáo|",
                "DUPLICATE_SUPERSEDED|WARNING|" + DV003_EARLIER_COPY + "|DV003|Báo cáo|",
                "NEWER_REJECTED|WARNING|" + DV002_REJECTED + "|DV002||",
                "TOTAL_ROW_MISMATCH|ERROR|" + DV002_REJECTED + "|DV002|Báo cáo|" + dv002WrongTotalCell,
                "SESSION_CONFLICT|WARNING|" + DV004 + "|DV004|Báo cáo|" + dv004SessionDateCell,
                "FILE_UNREADABLE|ERROR|" + DV005_ODS + "|DV005||",
                "NOT_REPORTED|WARNING|" + DV005_ODS + "|DV005||");
        // the cluster code row moves DV004's table one row down: header row 13, the session on row 14
        assertThat(dv004SessionDateCell).isEqualTo("C14");
        assertThat(dv002WrongTotalCell).isEqualTo("F15");
    }

    @Test
    void theMessagesSayWhichFileCountsAndWhatDiffers() {
        Map<String, String> messages = new LinkedHashMap<>();
        summary.get("issues").forEach(issue -> messages.put(issue.get("code").asString() + "|"
                + text(issue.get("unit")), issue.get("message").asString()));

        assertThat(messages.get("DUPLICATE_SUPERSEDED|DV001")).contains(DV001_NEWER);
        assertThat(messages.get("NEWER_REJECTED|DV002")).contains(DV002_ACCEPTED);
        assertThat(messages.get("SESSION_CONFLICT|DV004")).contains("CUM1-01", "13/06/2007", "12/06/2007");
    }

    @Test
    void figuresCountEachUnitsLatestAcceptedFileOnceAndTheJointSessionOnce() {
        assertThat(summary.at("/units/expected").asInt()).isEqualTo(5);
        assertThat(summary.at("/units/reported").asInt()).isEqualTo(4);
        assertThat(texts(summary.at("/units/missing"))).containsExactly("DV005");
        // DV001-1, DV002-1 and the joint CUM1-01: not DV001-0 of the superseded draft, not DV002-2 of the rejected
        assertThat(summary.get("sessions").asLong()).isEqualTo(3);
        // cadres 35 + 18 + 9 + 11, masses 90 + 45 + 28 + 20
        assertThat(summary.get("attendees").asLong()).isEqualTo(73 + 183);
        assertGroup(summary.at("/groups/0"), CADRES, 73, 40 + 20 + 10 + 12, "89.02");
        assertGroup(summary.at("/groups/1"), MASSES, 183, 100 + 50 + 30 + 25, "89.27");
    }

    @Test
    void theConsolidatedWorkbookNamesTheFileUsedForEachUnit() throws IOException {
        Map<String, List<String>> units = unitSheet(runFolder.resolve(OutputFiles.CONSOLIDATED_WORKBOOK));

        // code -> file used, sessions, attendees, cadres attended, masses attended
        assertThat(units.get("DV001")).containsExactly(DV001_NEWER, "1", "125", "35", "90");
        assertThat(units.get("DV002")).containsExactly(DV002_ACCEPTED, "1", "63", "18", "45");
        assertThat(units.get("DV003")).containsExactly(DV003_LATER_COPY, "1", "37", "9", "28");
        assertThat(units.get("DV004")).containsExactly(DV004, "1", "31", "11", "20");
        assertThat(units.get("DV005")).containsExactly("", "", "", "", "");
    }

    @Test
    void aUnitsUnreadableFileGoesBackInThatUnitsOwnReturnWorkbook() throws IOException {
        Path returns = runFolder.resolve(OutputFiles.RETURNS);
        try (Stream<Path> files = Files.list(returns)) {
            // one return workbook per unit, none per file; none for DV001 and DV003, whose only issue is that a
            // newer file of their own replaced an older one
            assertThat(files.map(f -> f.getFileName().toString())).as("one return workbook per unit with a file to fix")
                    .containsExactlyInAnyOrder("DV002.xlsx", "DV004.xlsx", "DV005.xlsx");
        }
        try (Workbook workbook = WorkbookFactory.create(returns.resolve("DV005.xlsx").toFile(), null, true)) {
            assertThat(workbook.getNumberOfSheets()).as("no copy of an unreadable file").isEqualTo(1);
            StringBuilder text = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
            assertThat(text).contains("FILE_UNREADABLE", "NOT_REPORTED", DV005_ODS, "OpenDocument");
        }
    }

    @Test
    void ignoredFilesAreNeverMentioned() {
        summary.get("issues").forEach(issue -> assertThat(text(issue.get("file")))
                .isNotIn(LOCK_FILE, HIDDEN_FILE, NOTE_FILE, DV002_DRAFT_ODS));
    }

    @Test
    void theExceptionReportNamesTheIgnoredDocumentsButNotTheLockOrHiddenFiles() throws IOException {
        List<String> named = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(runFolder.resolve(OutputFiles.EXCEPTION_REPORT).toFile(),
                null, true)) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("Tóm tắt")) {
                String label = formatter.formatCellValue(row.getCell(0));
                if (label.equals("Dạng bảng tính không đọc, cần .xlsx")
                        || label.equals("Không phải bảng tính, không đọc")) {
                    named.add(label + ": " + formatter.formatCellValue(row.getCell(1)));
                }
            }
        }
        assertThat(named).containsExactly("Dạng bảng tính không đọc, cần .xlsx: " + DV002_DRAFT_ODS,
                "Không phải bảng tính, không đọc: " + NOTE_FILE);
    }

    /** The units sheet of tong-hop.xlsx: per unit code, the file used, sessions, attendees and each attended. */
    private static Map<String, List<String>> unitSheet(Path consolidated) throws IOException {
        Map<String, List<String>> units = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(consolidated); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Đơn vị");
            Row header = sheet.getRow(1);
            assertThat(formatter.formatCellValue(header.getCell(1))).isEqualTo("Mã đơn vị");
            assertThat(formatter.formatCellValue(header.getCell(8))).isEqualTo("Tệp được dùng");
            assertThat(formatter.formatCellValue(header.getCell(12))).isEqualTo("Số cuộc");
            assertThat(formatter.formatCellValue(header.getCell(13))).isEqualTo("Số người dự");
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                // file used, sessions, attendees, then each group's attended (every third column from O)
                values.add(formatter.formatCellValue(row.getCell(8)));
                for (int column : new int[] {12, 13, 14, 17}) {
                    values.add(row.getCell(column) == null ? "" : String.valueOf((long) row.getCell(column)
                            .getNumericCellValue()));
                }
                units.put(formatter.formatCellValue(row.getCell(1)), values);
            }
        }
        return units;
    }

    private static void assertGroup(JsonNode group, String key, long attended, long total, String rate) {
        assertThat(group.get("key").asString()).isEqualTo(key);
        assertThat(group.get("attended").asLong()).isEqualTo(attended);
        assertThat(group.get("total").asLong()).isEqualTo(total);
        assertThat(group.get("rate").decimalValue()).isEqualByComparingTo(rate);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }
}
