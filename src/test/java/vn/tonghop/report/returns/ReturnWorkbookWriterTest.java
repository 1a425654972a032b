package vn.tonghop.report.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.report.returns.ReturnWorkbookReadBack.fill;
import static vn.tonghop.report.returns.ReturnWorkbookReadBack.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.report.returns.ReturnWorkbookReadBack.IssueRow;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/** The return workbook written for real submission files checked by the real checker, read back with POI. */
class ReturnWorkbookWriterTest {

    private static final Campaign CAMPAIGN = SampleGenerator.campaign();
    private static final String CADRES_ATTENDED = "Cán bộ chủ chốt và đảng viên dự";
    private static final String MASSES_ATTENDED = "Quần chúng, công đoàn viên, hội viên dự";
    private static final String MASSES_TOTAL = "Tổng số quần chúng, công đoàn viên, hội viên";
    private static final OutputTexts MESSAGES = OutputTexts.vietnamese();

    @TempDir
    Path dir;

    /** Sở Y tế's report: a typed-in wrong total (error), a late date (warning), text in a count (error). */
    private static SubmissionWorkbook faultyReport() {
        return SubmissionWorkbook.forCampaign(CAMPAIGN)
                .unit("DV017", "Sở Y tế")
                .reportDate(LocalDate.of(2007, 7, 5))
                .form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 45)
                .membership(SampleGenerator.MASSES, 1300)
                .session("DV017-01", LocalDate.of(2007, 5, 17), "Hội trường Sở Y tế", 20, 600)
                .note("Học tập trung")
                .session("DV017-02", LocalDate.of(2007, 6, 5), "Phòng họp", 24, 650)
                .totalRowOverride(SampleGenerator.CADRES, 99);
    }

    private static List<Issue> check(Path file) {
        return new WorkbookChecker(new PoiWorkbookReader())
                .check(file, file.getFileName().toString(), CAMPAIGN).issues();
    }

    private ReturnWorkbook write(OutputTexts messages, ReturnedFile... files) throws IOException {
        return new ReturnWorkbookWriter(messages).write("DV017 – Sở Y tế", List.of(files),
                dir.resolve("tra-lai").resolve("DV017.xlsx"));
    }

    @Test
    void listsEveryIssueInPlainWordsErrorsFirstEachLinkedToItsMarkedAndCommentedCell() throws IOException {
        SubmissionWorkbook report = faultyReport();
        report.set(report.valueCell(MASSES_TOTAL), "khoảng 1.300 người");
        Path file = report.writeTo(dir.resolve("input/DV017 Sở Y tế.xlsx"));
        List<Issue> issues = check(file);
        assertThat(issues).extracting(Issue::code).contains(IssueCode.TOTAL_ROW_MISMATCH, IssueCode.LATE,
                IssueCode.NOT_A_NUMBER);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017 Sở Y tế.xlsx", file, issues));

        assertThat(written.file()).isEqualTo(dir.resolve("tra-lai/DV017.xlsx")).exists();
        assertThat(written.locations()).containsOnlyKeys(issues);
        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa", "Báo cáo");
            assertThat(back.coverLines()).startsWith("Kết quả kiểm tra báo cáo của DV017 – Sở Y tế",
                    MESSAGES.text("tralai.instruction"));
            assertThat(back.header()).containsExactly("STT", "Tệp", "Trang", "Ô", "Mã lỗi", "Loại lỗi", "Mức độ",
                    "Nội dung", "Giá trị ghi", "Giá trị đúng");
            assertThat(back.cover().getPaneInformation().getHorizontalSplitPosition())
                    .as("rows down to the header stay in view").isEqualTo((short) (back.headerRow() + 1));

            List<IssueRow> rows = back.issueRows();
            assertThat(rows).hasSize(issues.size());
            assertThat(rows).extracting(IssueRow::no).containsExactly(numbers(issues.size()));
            assertThat(rows).extracting(IssueRow::severity).isSortedAccordingTo((a, b) ->
                    Boolean.compare(b.equals("Lỗi"), a.equals("Lỗi")));
            for (Issue issue : issues) {
                IssueRow row = rows.stream().filter(r -> r.code().equals(issue.code().name())
                        && r.cell().equals(issue.cell())).findFirst().orElseThrow();
                assertThat(row.message()).isEqualTo(MESSAGES.message(issue));
                assertThat(row.file()).isEqualTo("DV017 Sở Y tế.xlsx");
                assertThat(row.sheet()).isEqualTo("Báo cáo");
                assertThat(row.severity()).isEqualTo(MESSAGES.severity(issue.severity()));
                assertThat(row.codeName()).isEqualTo(MESSAGES.text("codeName." + issue.code().name()));
                assertThat(row.found()).isEqualTo(issue.found() == null ? "" : MESSAGES.found(issue));
                assertThat(row.expected()).isEqualTo(issue.expected() == null ? "" : issue.expected());

                assertThat(row.link()).isEqualTo(written.locations().get(issue))
                        .isEqualTo("'Báo cáo'!" + issue.cell());
                XSSFCell target = back.target(row.link());
                assertThat(target.getAddress().formatAsString()).isEqualTo(issue.cell());
                assertThat(fill(target)).isEqualTo(IssueFills.rgb(issue.severity()));
                assertThat(target.getCellComment()).as("comment of %s", issue.cell()).isNotNull();
                // the comment is a text for the unit: the rule's Vietnamese name, not its code
                assertThat(target.getCellComment().getString().getString())
                        .contains(MESSAGES.text("codeName." + issue.code().name()), MESSAGES.explanation(issue.code()))
                        .doesNotContain(issue.code().name());
                if (issue.expected() != null) {
                    assertThat(target.getCellComment().getString().getString()).contains(issue.expected());
                }
            }
            assertThat(back.cover().getRow(rows.get(0).rowIndex()).getCell(3).getHyperlink().getType())
                    .isEqualTo(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
        }
    }

    @Test
    void theTotalRowCellShowsTheUnitsTypedInNumberAndItsComment() throws IOException {
        SubmissionWorkbook report = faultyReport();
        Path file = report.writeTo(dir.resolve("input/DV017.xlsx"));
        List<Issue> issues = check(file);
        Issue wrongTotal = issues.stream().filter(i -> i.code() == IssueCode.TOTAL_ROW_MISMATCH).findFirst()
                .orElseThrow();
        assertThat(wrongTotal.cell()).isEqualTo(report.totalRowCell(CADRES_ATTENDED));

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            XSSFCell cell = back.target(written.locations().get(wrongTotal));
            assertThat(cell.getNumericCellValue()).isEqualTo(99);
            assertThat(fill(cell)).isEqualTo(IssueFills.ERROR_RGB);
            assertThat(cell.getCellComment().getString().getString())
                    .contains("Sai dòng Tổng cộng", "44", MESSAGES.explanation(IssueCode.TOTAL_ROW_MISMATCH));
            assertThat(cell.getCellStyle().getFont().getBold()).as("the header style's bold font is kept").isTrue();
            Cell unmarked = back.workbook.getSheet("Báo cáo").getRow(cell.getRowIndex()).getCell(cell.getColumnIndex() + 1);
            assertThat(unmarked.getCellStyle().getFillForegroundColorColor()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DV017.xlsx", "DV017.xls"})
    void copiesTheSubmittedSheetFaithfullyAndLeavesTheSubmissionUntouched(String name) throws IOException {
        Path file = faultyReport().writeTo(dir.resolve("input").resolve(name));
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<Issue> issues = check(file);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile(name, file, issues));

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(Files.list(file.getParent())).containsExactly(file);
        try (Workbook original = WorkbookFactory.create(file.toFile(), null, true);
             ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertSameSheet(original.getSheet("Báo cáo"), back.workbook.getSheet("Báo cáo"));
        }
    }

    @Test
    void formulasStayFormulasWithTheResultTheUnitSawAndUncachedOnesGetTheirComputedResult() throws IOException {
        SubmissionWorkbook report = faultyReport().withoutCachedValues();
        Path file = report.writeTo(dir.resolve("input/DV017.xlsx"));
        List<Issue> issues = check(file);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            XSSFSheet copy = back.workbook.getSheet("Báo cáo");
            CellReference total = new CellReference(report.totalRowCell("Tổng số người dự"));
            XSSFCell cell = copy.getRow(total.getRow()).getCell(total.getCol());
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(cell.getCellFormula()).startsWith("SUM(");
            assertThat(cell.getCTCell().isSetV()).as("a stored result").isTrue();
            assertThat(cell.getNumericCellValue()).isEqualTo(20 + 600 + 24 + 650);
        }
    }

    @Test
    void anUnreadableFileGetsNoCopyButIsNamedAndItsIssuesListed() throws IOException {
        Path file = Files.write(Files.createDirectories(dir.resolve("input")).resolve("DV040.xlsx"),
                new byte[] {12, 7, -3, 99, 4, 0, 0, 17, 42, 42, 42});
        List<Issue> issues = check(file);
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.FILE_UNREADABLE);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV040.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa");
            assertThat(back.coverLines()).contains(MESSAGES.format("tralai.notCopied", "DV040.xlsx"));
            assertThat(MESSAGES.format("tralai.notCopied", "DV040.xlsx")).contains("DV040.xlsx");
            List<IssueRow> rows = back.issueRows();
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.code()).isEqualTo("FILE_UNREADABLE");
                assertThat(row.message()).isEqualTo(MESSAGES.message(issues.get(0)));
                assertThat(row.link()).isNull();
            });
            assertThat(written.locations()).containsEntry(issues.get(0),
                    "'Lỗi cần sửa'!A" + (rows.get(0).rowIndex() + 1));
        }
    }

    @Test
    void aPasswordProtectedFileGetsNoCopyAndItsIssueAsksToRemoveThePassword() throws Exception {
        Path plain = SubmissionWorkbook.forCampaign(CAMPAIGN).unit("DV040", "Sở Tư pháp")
                .reportDate(LocalDate.of(2007, 6, 20)).form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 40).membership(SampleGenerator.MASSES, 100)
                .session("DV040-1", LocalDate.of(2007, 6, 5), "Hội trường", 38, 90).writeTo(dir.resolve("plain.xlsx"));
        Path file = Files.createDirectories(dir.resolve("input")).resolve("DV040.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.Encryptor encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        List<Issue> issues = check(file);
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.FILE_ENCRYPTED);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV040.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa");
            assertThat(back.coverLines()).contains(MESSAGES.format("tralai.notCopied", "DV040.xlsx"));
            assertThat(back.issueRows()).singleElement().satisfies(row -> {
                assertThat(row.code()).isEqualTo("FILE_ENCRYPTED");
                assertThat(row.message()).contains("DV040.xlsx").contains("gỡ mật khẩu");
            });
        }
    }

    @Test
    void aFileThatFailsToCopyIsNamedAndItsIssuesPointToTheirRows() throws IOException {
        Path file = faultyReport().writeTo(dir.resolve("input/DV017.xlsx"));
        Issue onMissingSheet = Issue.of(IssueCode.NEGATIVE).file("DV017.xlsx").unit("DV017").sheet("Trang khác")
                .cell("C4").subject("x").found("-1").build();

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file, List.of(onMissingSheet)));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa");
            assertThat(back.coverLines()).contains(MESSAGES.format("tralai.notCopied", "DV017.xlsx"));
            assertThat(back.issueRows()).singleElement().satisfies(row -> assertThat(row.link()).isNull());
            assertThat(written.locations().get(onMissingSheet)).startsWith("'Lỗi cần sửa'!A");
        }
    }

    @Test
    void twoFilesOfOneUnitGetTwoCopiedSheetsWithUniqueNames() throws IOException {
        SubmissionWorkbook first = faultyReport();
        SubmissionWorkbook second = faultyReport().reportDate(LocalDate.of(2007, 6, 20));
        String membership = second.valueCell(MASSES_TOTAL);
        second.set(membership, -5);
        Path firstFile = first.writeTo(dir.resolve("input/DV017.xlsx"));
        Path secondFile = second.writeTo(dir.resolve("input/DV017-sua.xls"));
        List<Issue> firstIssues = check(firstFile);
        List<Issue> secondIssues = check(secondFile);
        Issue negative = secondIssues.stream().filter(i -> i.code() == IssueCode.NEGATIVE).findFirst().orElseThrow();

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", firstFile, firstIssues),
                new ReturnedFile("DV017-sua.xls", secondFile, secondIssues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa", "Báo cáo", "Báo cáo (2)");
            assertThat(back.issueRows()).hasSize(firstIssues.size() + secondIssues.size());
            for (Issue issue : firstIssues) {
                assertThat(written.locations().get(issue)).isEqualTo("'Báo cáo'!" + issue.cell());
            }
            assertThat(written.locations().get(negative)).isEqualTo("'Báo cáo (2)'!" + membership);
            XSSFCell cell = back.target(written.locations().get(negative));
            assertThat(cell.getNumericCellValue()).isEqualTo(-5);
            assertThat(cell.getCellComment().getString().getString()).contains("Số âm");
            CellReference firstMembership = new CellReference(first.valueCell(MASSES_TOTAL));
            assertThat(back.workbook.getSheet("Báo cáo").getRow(firstMembership.getRow())
                    .getCell(firstMembership.getCol()).getNumericCellValue())
                    .as("the first file's own value in its own copy").isEqualTo(1300);
        }
    }

    @Test
    void anErrorWinsOverAWarningOnOneCellWhoseCommentListsEachIssue() throws IOException {
        SubmissionWorkbook report = faultyReport();
        Path file = report.writeTo(dir.resolve("input/DV017.xlsx"));
        String dateCell = report.valueCell(SubmissionWorkbook.REPORT_DATE);
        String membershipCell = report.valueCell(MASSES_TOTAL);
        Issue late = issue(IssueCode.LATE, dateCell, "05/07/2007", "30/06/2007");
        Issue notNumber = issue(IssueCode.NOT_A_NUMBER, dateCell, "x", null);
        Issue lowRate = issue(IssueCode.LOW_RATE, membershipCell, "10", "50");
        Issue superseded = Issue.of(IssueCode.DUPLICATE_SUPERSEDED).file("DV017.xlsx").unit("DV017")
                .sheet("Báo cáo").found("DV017-sua.xlsx").build();
        Issue period = Issue.of(IssueCode.PERIOD_MISMATCH).file("DV017.xlsx").unit("DV017").found("2006")
                .expected("2007-GD1").build();

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file,
                List.of(late, lowRate, superseded, notNumber, period)));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            XSSFCell date = back.target(written.locations().get(late));
            assertThat(written.locations().get(notNumber)).isEqualTo(written.locations().get(late));
            assertThat(fill(date)).isEqualTo(IssueFills.ERROR_RGB);
            assertThat(date.getCellStyle().getDataFormatString()).as("still shown as a date").isEqualTo("dd/mm/yyyy");
            assertThat(text(date)).isEqualTo("05/07/2007");
            String comment = date.getCellComment().getString().getString();
            assertThat(comment).contains("Nộp chậm", "Không phải là số", "30/06/2007",
                    MESSAGES.explanation(IssueCode.LATE), MESSAGES.explanation(IssueCode.NOT_A_NUMBER));
            XSSFCell membership = back.target(written.locations().get(lowRate));
            assertThat(fill(membership)).isEqualTo(IssueFills.WARNING_RGB);

            List<IssueRow> rows = back.issueRows();
            assertThat(rows).extracting(IssueRow::code).containsExactly("PERIOD_MISMATCH", "NOT_A_NUMBER",
                    "DUPLICATE_SUPERSEDED", "LATE", "LOW_RATE");
            IssueRow periodRow = rows.get(0);
            assertThat(periodRow.link()).isNull();
            assertThat(written.locations().get(period)).isEqualTo("'Lỗi cần sửa'!A" + (periodRow.rowIndex() + 1));
            assertThat(written.locations().get(superseded)).isEqualTo("'Lỗi cần sửa'!A" + (rows.get(2).rowIndex() + 1));
            assertThat(rows.get(2).message()).isEqualTo(MESSAGES.message(superseded));
        }
    }

    @Test
    void marksShareOneStylePerOriginalStyleAndSeverity() throws IOException {
        SubmissionWorkbook report = faultyReport();
        Path file = report.writeTo(dir.resolve("input/DV017.xlsx"));
        List<Issue> issues = new ArrayList<>();
        for (int session = 0; session < 2; session++) {
            for (String column : List.of(CADRES_ATTENDED, MASSES_ATTENDED)) {
                issues.add(issue(IssueCode.NEGATIVE, report.sessionCell(session, column), "-1", null));
            }
        }
        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            Set<Short> styles = new HashSet<>();
            for (Issue issue : issues) {
                styles.add(back.target(written.locations().get(issue)).getCellStyle().getIndex());
            }
            assertThat(styles).as("cells of one original style share one filled style").hasSize(1);
        }
    }

    @Test
    void aSheetNameWithAnApostropheIsQuotedInTheLinks() throws IOException {
        SubmissionWorkbook report = faultyReport().sheetName("Bản 'sửa' lần 2");
        Path file = report.writeTo(dir.resolve("input/DV017.xlsx"));
        List<Issue> issues = check(file);

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Lỗi cần sửa", "Bản 'sửa' lần 2");
            for (Issue issue : issues) {
                assertThat(written.locations().get(issue)).isEqualTo("'Bản ''sửa'' lần 2'!" + issue.cell());
                assertThat(back.target(written.locations().get(issue)).getAddress().formatAsString())
                        .isEqualTo(issue.cell());
            }
        }
    }

    @Test
    void datesOfAWorkbookCountingFrom1904ShowTheSameDay() throws IOException {
        SubmissionWorkbook report = faultyReport();
        Path file = to1904(report.writeTo(dir.resolve("made/DV017.xlsx")), dir.resolve("input/DV017-mac.xlsx"));
        List<Issue> issues = check(file);
        Issue late = issues.stream().filter(i -> i.code() == IssueCode.LATE).findFirst().orElseThrow();
        assertThat(late.found()).as("the checker reads the 1904 date right").isEqualTo("05/07/2007");

        ReturnWorkbook written = write(MESSAGES, new ReturnedFile("DV017-mac.xlsx", file, issues));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(text(back.target(written.locations().get(late)))).isEqualTo("05/07/2007");
            CellReference firstSession = new CellReference(report.sessionCell(0, SubmissionWorkbook.SESSION_DATE));
            assertThat(text(back.workbook.getSheet("Báo cáo").getRow(firstSession.getRow())
                    .getCell(firstSession.getCol()))).isEqualTo("17/05/2007");
        }
    }

    @Test
    void everyTextKeyOfTheReturnWorkbookExistsInBothLanguages() {
        Set<String> vietnamese = returnKeys(ResourceBundle.getBundle("messages", OutputTexts.VIETNAMESE));
        Set<String> english = returnKeys(ResourceBundle.getBundle("messages", Locale.ENGLISH));

        assertThat(vietnamese).contains("tralai.sheet.issues", "tralai.notCopied", "tralai.comment.issue");
        assertThat(english).isEqualTo(vietnamese);
    }

    @Test
    void theFixedTextsAreEnglishWithTheEnglishBundle() throws IOException {
        Path file = faultyReport().writeTo(dir.resolve("input/DV017.xlsx"));
        OutputTexts english = new OutputTexts(Locale.ENGLISH);

        ReturnWorkbook written = write(english, new ReturnedFile("DV017.xlsx", file, List.of()));

        try (ReturnWorkbookReadBack back = new ReturnWorkbookReadBack(written.file())) {
            assertThat(back.sheetNames()).containsExactly("Issues to fix");
            assertThat(back.coverLines()).containsExactly("Check results for the report of DV017 – Sở Y tế",
                    english.text("tralai.instruction"), "Errors: 0, warnings: 0");
            assertThat(english.text("tralai.instruction")).startsWith("On the sheets copied");
            assertThat(back.header()).containsExactly("No.", "File", "Sheet", "Cell", "Code", "Issue", "Severity",
                    "Message", "Value found", "Value expected");
            assertThat(back.issueRows()).isEmpty();
        }
    }

    private static Set<String> returnKeys(ResourceBundle bundle) {
        Set<String> keys = new HashSet<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("tralai.")) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The workbook as Excel for Mac used to save it: dates counted from 1904, so every date serial is smaller. */
    private static Path to1904(Path file, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            CTWorkbookPr properties = workbook.getCTWorkbook().isSetWorkbookPr()
                    ? workbook.getCTWorkbook().getWorkbookPr() : workbook.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(true);
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        cell.setCellValue(cell.getNumericCellValue() - 1462);
                    }
                }
            }
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    private static Issue issue(IssueCode code, String cell, String found, String expected) {
        return Issue.of(code).file("DV017.xlsx").unit("DV017").sheet("Báo cáo").cell(cell).subject("ô").found(found)
                .expected(expected).build();
    }

    private static String[] numbers(int count) {
        String[] numbers = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = String.valueOf(i + 1);
        }
        return numbers;
    }

    /** Every non-empty cell shows the same text with the same number format; same merges, widths and heights. */
    private static void assertSameSheet(Sheet original, Sheet copy) {
        assertThat(copy).isNotNull();
        int compared = 0;
        for (Row row : original) {
            for (Cell cell : row) {
                String shown = text(cell);
                if (shown.isEmpty()) {
                    continue;
                }
                Row copiedRow = copy.getRow(cell.getRowIndex());
                Cell copied = copiedRow == null ? null : copiedRow.getCell(cell.getColumnIndex());
                String where = cell.getAddress().formatAsString();
                assertThat(copied).as(where).isNotNull();
                assertThat(text(copied)).as(where).isEqualTo(shown);
                assertThat(copied.getCellStyle().getDataFormatString()).as(where)
                        .isEqualTo(cell.getCellStyle().getDataFormatString());
                boolean bold = original.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                assertThat(copy.getWorkbook().getFontAt(copied.getCellStyle().getFontIndex()).getBold()).as(where)
                        .isEqualTo(bold);
                compared++;
            }
            assertThat(copy.getRow(row.getRowNum()).getHeight()).isEqualTo(row.getHeight());
        }
        assertThat(compared).isGreaterThan(30);
        List<CellRangeAddress> merged = original.getMergedRegions();
        assertThat(copy.getMergedRegions()).containsExactlyInAnyOrderElementsOf(merged).isNotEmpty();
        for (int column = 0; column < 12; column++) {
            assertThat(copy.getColumnWidth(column)).as("width of column %d", column)
                    .isEqualTo(original.getColumnWidth(column));
        }
    }
}
