package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.fixtures.SubmissionWorkbook.CLUSTER_CODE;
import static vn.tonghop.fixtures.SubmissionWorkbook.FORM;
import static vn.tonghop.fixtures.SubmissionWorkbook.PERIOD;
import static vn.tonghop.fixtures.SubmissionWorkbook.REPORT_DATE;
import static vn.tonghop.fixtures.SubmissionWorkbook.ROW_TOTAL;
import static vn.tonghop.fixtures.SubmissionWorkbook.SESSION_CODE;
import static vn.tonghop.fixtures.SubmissionWorkbook.SESSION_DATE;
import static vn.tonghop.fixtures.SubmissionWorkbook.TOTAL_ROW;
import static vn.tonghop.fixtures.SubmissionWorkbook.UNIT_CODE;
import static vn.tonghop.submission.ValidReport.HELD_ON;
import static vn.tonghop.submission.ValidReport.REPORTED_ON;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/**
 * Every check code, triggered by a real workbook file written into a temporary folder and read back through the
 * real reader and checker, located at the cell a unit would have to correct.
 *
 * <p>The files follow {@link SubmissionWorkbook}'s layout: for the valid report below (no cluster code) the block
 * values are C4 (unit code) to C10 (masses membership), the table header is row 12, the only session row 13 and
 * the {@code Tổng cộng} row 14; columns E and F hold the two groups' attendees, G the row total.
 */
class RealWorkbookChecksTest {

    static final String CADRES = SampleGenerator.CADRES;
    static final String MASSES = SampleGenerator.MASSES;
    static final String CADRE_TOTAL = "Tổng số cán bộ chủ chốt và đảng viên";
    static final String MASS_TOTAL = "Tổng số quần chúng, công đoàn viên, hội viên";
    static final String CADRE_ATTENDED = "Cán bộ chủ chốt và đảng viên dự";
    static final String MASS_ATTENDED = "Quần chúng, công đoàn viên, hội viên dự";
    static final String CADRE_NAME = "Cán bộ chủ chốt và đảng viên";
    static final String MASS_NAME = "Quần chúng, công đoàn viên, hội viên";
    static final String SHEET = "Báo cáo";
    static final String UNIT = ValidReport.UNIT;

    final Campaign campaign = SampleGenerator.campaign();

    @TempDir
    Path dir;

    /** A report that passes every check: 38/40 cadres and 90/100 masses at one session. */
    SubmissionWorkbook valid() {
        return ValidReport.of(campaign);
    }

    CheckResult check(Path file) {
        return ValidReport.check(file, campaign);
    }

    CheckResult write(SubmissionWorkbook workbook, String fileName) {
        return check(workbook.writeTo(dir.resolve(fileName)));
    }

    /** The one issue of the code, asserting there is exactly one. */
    static Issue single(CheckResult result, IssueCode code) {
        List<Issue> issues = result.issues().stream().filter(issue -> issue.code() == code).toList();
        assertThat(issues).as("%s among %s", code, result.issues()).hasSize(1);
        return issues.get(0);
    }

    /** The file is rejected for this code alone and the issue says where and what. */
    static void assertRejectedAt(CheckResult result, IssueCode code, String file, String unit, String sheet,
                                 String cell, String subject, String found, String expected) {
        assertThat(result.issues()).as("issues").extracting(Issue::code).containsExactly(code);
        assertThat(result.submission()).as("rejected").isNull();
        assertIssue(result.issues().get(0), code, Severity.ERROR, file, unit, sheet, cell, subject, found, expected);
    }

    static void assertIssue(Issue issue, IssueCode code, Severity severity, String file, String unit, String sheet,
                            String cell, String subject, String found, String expected) {
        assertThat(issue.code()).isEqualTo(code);
        assertThat(issue.severity()).isEqualTo(severity);
        assertThat(issue).extracting(Issue::file, Issue::unit, Issue::sheet, Issue::cell, Issue::subject,
                        Issue::found, Issue::expected)
                .as("file, unit, sheet, cell, subject, found, expected of %s", issue)
                .containsExactly(file, unit, sheet, cell, subject, found, expected);
    }

    /** The label cell of a block row: column A, on the row of its value. */
    static String labelCell(String valueCell) {
        return new CellReference(new CellReference(valueCell).getRow(), 0).formatAsString(false);
    }

    /** The header cell of a table column: the row above the first session. */
    static String headerCell(SubmissionWorkbook workbook, String header) {
        CellReference first = new CellReference(workbook.sessionCell(0, header));
        return new CellReference(first.getRow() - 1, first.getCol()).formatAsString(false);
    }

    /** Each file is named after DV001, and its name is all there is to tell its unit by. */
    @Nested
    class UnreadableFiles {

        @Test
        void emptyFile() throws IOException {
            Path file = Files.createFile(dir.resolve("DV001-rong.xlsx"));

            assertRejectedAt(check(file), IssueCode.FILE_UNREADABLE, "DV001-rong.xlsx", "DV001", null, null, null,
                    "EMPTY", null);
        }

        @Test
        void anUnreadableFileWhoseNameNamesNoUnitIsSaidOfNoUnit() throws IOException {
            Path file = Files.createFile(dir.resolve("bao-cao-thang-6.xlsx"));

            assertRejectedAt(check(file), IssueCode.FILE_UNREADABLE, "bao-cao-thang-6.xlsx", null, null, null, null,
                    "EMPTY", null);
        }

        @Test
        void truncatedXlsx() throws IOException {
            byte[] whole = Files.readAllBytes(valid().writeTo(dir.resolve("whole.xlsx")));
            Path file = Files.write(dir.resolve("DV001-dang-do.xlsx"), Arrays.copyOf(whole, whole.length / 2));

            assertRejectedAt(check(file), IssueCode.FILE_UNREADABLE, "DV001-dang-do.xlsx", "DV001", null, null, null,
                    "CORRUPT", null);
        }

        @Test
        void textFileRenamedXls() throws IOException {
            Path file = Files.writeString(dir.resolve("DV001.xls"), "Mã đơn vị;DV001\nTổng cộng;128\n",
                    StandardCharsets.UTF_8);

            assertRejectedAt(check(file), IssueCode.FILE_UNREADABLE, "DV001.xls", "DV001", null, null, null,
                    "NOT_A_SPREADSHEET", null);
        }

        @Test
        void passwordProtectedXlsx() throws Exception {
            Path plain = valid().writeTo(dir.resolve("plain.xlsx"));
            Path file = dir.resolve("DV001-mat-khau.xlsx");
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("bimat");
                try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                    Files.copy(plain, encrypted);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }

            assertRejectedAt(check(file), IssueCode.FILE_ENCRYPTED, "DV001-mat-khau.xlsx", "DV001", null, null, null,
                    null, null);
        }

        @Test
        void openDocumentSpreadsheetRenamedXlsxIsRejectedNamingItsFormat() throws IOException {
            Path file = dir.resolve("DV001-libreoffice.xlsx");
            try (InputStream fixture = getClass().getResourceAsStream("/workbooks/DV001-libreoffice.ods")) {
                Files.copy(fixture, file);
            }

            CheckResult result = check(file);

            assertRejectedAt(result, IssueCode.FILE_UNREADABLE, "DV001-libreoffice.xlsx", "DV001", null, null, null,
                    "OPENDOCUMENT", null);
            assertThat(OutputTexts.vietnamese().message(result.issues().get(0))).isEqualTo(
                    "Không đọc được tệp DV001-libreoffice.xlsx: tệp dạng OpenDocument (.ods, của LibreOffice Calc), "
                    + "chương trình không đọc được dạng này. Đề nghị mở tệp bằng Excel (hoặc LibreOffice), lưu lại "
                    + "dạng .xlsx (Excel 2007 trở lên) và gửi lại.");
        }
    }

    @Nested
    class NotASubmissions {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aWorkbookWithoutTheTemplateLabels(String extension) throws IOException {
            Path file = dir.resolve("danh-sach." + extension);
            try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet("Danh sách");
                cell(sheet, 0, 0).setCellValue("Danh sách đảng viên");
                cell(sheet, 1, 0).setCellValue("Họ tên");
                cell(sheet, 1, 1).setCellValue("Tổng số người dự");
                cell(sheet, 2, 0).setCellValue("Nguyễn Văn A");
                cell(sheet, 2, 1).setCellValue(1);
                save(workbook, file);
            }

            assertRejectedAt(check(file), IssueCode.NOT_A_SUBMISSION, "danh-sach." + extension, null, null, null,
                    UNIT_CODE, null, null);
        }

        @Test
        void theBlockWithoutTheSessionTable() {
            SubmissionWorkbook workbook = valid();
            workbook.set(headerCell(workbook, SESSION_CODE), null);

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.NOT_A_SUBMISSION, "DV001.xlsx", "DV001", null,
                    null, SESSION_CODE, null, null);
        }
    }

    @Nested
    class UnitDetailChecks {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void reportDateLeftBlankIsMissingAtItsLabel(String extension) {
            SubmissionWorkbook workbook = valid();
            String value = workbook.valueCell(REPORT_DATE);
            workbook.set(value, null);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(labelCell(value)).isEqualTo("A7");
            assertRejectedAt(result, IssueCode.MISSING_VALUE, "DV001." + extension, UNIT, SHEET, "A7",
                    REPORT_DATE, null, null);
        }

        @Test
        void reportDateThatIsNoDateIsMissingAtItsValue() {
            SubmissionWorkbook workbook = valid().set("C7", "31/02/2007");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.MISSING_VALUE, "DV001.xlsx", UNIT, SHEET,
                    workbook.valueCell(REPORT_DATE), REPORT_DATE, "31/02/2007", "dd/mm/yyyy");
        }

        @Test
        void blankTotalRowCellIsMissing() {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.totalRowCell(ROW_TOTAL), null);

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.MISSING_VALUE, "DV001.xlsx", UNIT, SHEET,
                    "G14", TOTAL_ROW + ", " + ROW_TOTAL, null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void unknownUnit(String extension) {
            SubmissionWorkbook workbook = valid().unit("DV999", "Chi bộ lạ");

            assertRejectedAt(write(workbook, "DV999." + extension), IssueCode.UNKNOWN_UNIT, "DV999." + extension,
                    "DV999", SHEET, "C4", UNIT_CODE, "DV999", null);
            assertThat(workbook.valueCell(UNIT_CODE)).isEqualTo("C4");
        }

        @Test
        void periodMismatch() {
            SubmissionWorkbook workbook = valid().period("2007-GD2");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.PERIOD_MISMATCH, "DV001.xlsx", UNIT, SHEET,
                    workbook.valueCell(PERIOD), PERIOD, "2007-GD2", "2007-GD1");
        }

        @Test
        void unknownForm() {
            SubmissionWorkbook workbook = valid().form("Học trực tuyến");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.UNKNOWN_FORM, "DV001.xlsx", UNIT, SHEET,
                    workbook.valueCell(FORM), FORM, "Học trực tuyến",
                    "Tự tổ chức, Mời báo cáo viên cấp trên, Ghép cụm");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void clusterFormWithTheClusterCodeLeftBlank(String extension) {
            SubmissionWorkbook workbook = valid().form("Ghép cụm").clusterCode("CUM-1");
            String value = workbook.valueCell(CLUSTER_CODE);
            workbook.set(value, null);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(labelCell(value)).isEqualTo("A9");
            assertRejectedAt(result, IssueCode.CLUSTER_CODE_MISSING, "DV001." + extension, UNIT, SHEET, "A9",
                    CLUSTER_CODE, "Ghép cụm", null);
        }

        @Test
        void clusterFormWithoutTheClusterCodeRow() {
            SubmissionWorkbook workbook = valid().form("Ghép cụm");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.CLUSTER_CODE_MISSING, "DV001.xlsx", UNIT,
                    SHEET, null, CLUSTER_CODE, "Ghép cụm", null);
        }
    }

    @Nested
    class CountChecks {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void notANumber(String extension) {
            SubmissionWorkbook workbook = valid();
            String cell = workbook.sessionCell(0, MASS_ATTENDED);
            workbook.set(cell, "chín mươi");

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(cell).isEqualTo("F13");
            assertRejectedAt(result, IssueCode.NOT_A_NUMBER, "DV001." + extension, UNIT, SHEET, "F13",
                    MASS_ATTENDED, "chín mươi", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void negative(String extension) {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.valueCell(CADRE_TOTAL), -40);

            assertRejectedAt(write(workbook, "DV001." + extension), IssueCode.NEGATIVE, "DV001." + extension, UNIT,
                    SHEET, "C9", CADRE_TOTAL, "-40", null);
        }

        @Test
        void negativeAsText() {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.valueCell(MASS_TOTAL), "-100");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.NEGATIVE, "DV001.xlsx", UNIT, SHEET,
                    workbook.valueCell(MASS_TOTAL), MASS_TOTAL, "-100", null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void notInteger(String extension) {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.valueCell(MASS_TOTAL), 100.5);

            assertRejectedAt(write(workbook, "DV001." + extension), IssueCode.NOT_INTEGER, "DV001." + extension,
                    UNIT, SHEET, "C10", MASS_TOTAL, "100.5", null);
        }

        @Test
        void notIntegerInASessionRowIsReportedWhereTyped() {
            SubmissionWorkbook workbook = valid().totalRowOverride(CADRES, 38);
            workbook.set(workbook.sessionCell(0, CADRE_ATTENDED), 37.5);

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.NOT_INTEGER, "DV001.xlsx", UNIT, SHEET,
                    "E13", CADRE_ATTENDED, "37.5", null);
        }
    }

    @Nested
    class SessionTableChecks {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void noSessions(String extension) {
            SubmissionWorkbook workbook = SubmissionWorkbook.forCampaign(campaign).unit(UNIT, "Văn phòng Tỉnh ủy")
                    .reportDate(REPORTED_ON).form("Tự tổ chức").membership(CADRES, 40).membership(MASSES, 100);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(result.submission()).isNull();
            // the header row is row 12, right below the block; Mã cuộc is its column B
            assertIssue(single(result, IssueCode.NO_SESSIONS), IssueCode.NO_SESSIONS, Severity.ERROR,
                    "DV001." + extension, UNIT, SHEET, "B12", SESSION_CODE, null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void totalRowMismatch(String extension) {
            SubmissionWorkbook workbook = valid().totalRowOverride(MASSES, 99);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(workbook.totalRowCell(MASS_ATTENDED)).isEqualTo("F14");
            assertRejectedAt(result, IssueCode.TOTAL_ROW_MISMATCH, "DV001." + extension, UNIT, SHEET, "F14",
                    TOTAL_ROW + ", " + MASS_ATTENDED, "99", "90");
        }

        /**
         * A unit that erases the {@code Tổng cộng} label, or writes "Cộng" instead, keeps the sums below the
         * sessions: the missing row is the only issue, the sums are not taken for a session that would double the
         * attendance (and give false OVER_TOTAL errors).
         */
        @ParameterizedTest
        @ValueSource(strings = {"", "Cộng"})
        void totalRowLabelMissingOrMisspelt(String label) {
            SubmissionWorkbook workbook = valid();
            // the label cell of the Tổng cộng row: column A, the row of its sums
            workbook.set(labelCell(workbook.totalRowCell(ROW_TOTAL)), label.isEmpty() ? null : label);

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.TOTAL_ROW_MISMATCH, "DV001.xlsx", UNIT, SHEET,
                    null, TOTAL_ROW, null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void rowSumMismatch(String extension) {
            SubmissionWorkbook workbook = valid();
            String cell = workbook.sessionCell(0, ROW_TOTAL);
            workbook.set(cell, 130);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(cell).isEqualTo("G13");
            assertRejectedAt(result, IssueCode.ROW_SUM_MISMATCH, "DV001." + extension, UNIT, SHEET, "G13",
                    ROW_TOTAL, "130", "128");
        }

        @Test
        void rowSumMismatchOnTheSecondOfThreeSessions() {
            SubmissionWorkbook workbook = valid()
                    .session("DV001-2", HELD_ON.plusDays(1), "Phòng họp", 0, 5)
                    .session("DV001-3", HELD_ON.plusDays(2), "Phòng họp", 0, 3);
            workbook.set(workbook.sessionCell(1, ROW_TOTAL), 6);

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.ROW_SUM_MISMATCH, "DV001.xlsx", UNIT, SHEET,
                    "G14", ROW_TOTAL, "6", "5");
        }
    }

    @Nested
    class AttendanceChecks {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void overTotal(String extension) {
            SubmissionWorkbook workbook = valid().membership(CADRES, 30);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(workbook.valueCell(CADRE_TOTAL)).isEqualTo("C9");
            assertRejectedAt(result, IssueCode.OVER_TOTAL, "DV001." + extension, UNIT, SHEET, "C9", CADRE_NAME,
                    "38", "30");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void lateIsAWarningAndTheFileCounts(String extension) {
            SubmissionWorkbook workbook = valid().reportDate(LocalDate.of(2007, 7, 2));

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(result.issues()).extracting(Issue::code).containsExactly(IssueCode.LATE);
            assertIssue(result.issues().get(0), IssueCode.LATE, Severity.WARNING, "DV001." + extension, UNIT, SHEET,
                    "C7", REPORT_DATE, "02/07/2007", "30/06/2007");
            assertThat(result.submission()).isNotNull();
            assertThat(result.submission().reportDate()).isEqualTo(LocalDate.of(2007, 7, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void lowRateIsAWarningAtTheMembershipCell(String extension) {
            SubmissionWorkbook workbook = valid().membership(MASSES, 200);

            CheckResult result = write(workbook, "DV001." + extension);

            assertThat(result.issues()).extracting(Issue::code).containsExactly(IssueCode.LOW_RATE);
            assertIssue(result.issues().get(0), IssueCode.LOW_RATE, Severity.WARNING, "DV001." + extension, UNIT,
                    SHEET, workbook.valueCell(MASS_TOTAL), MASS_NAME, "45.00", "50");
            assertThat(result.submission().membership()).containsEntry(MASSES, 200L);
        }
    }

    /** What units really send, which must be accepted with exactly the figures they wrote. */
    @Nested
    class AcceptedVariants {

        void assertFigures(CheckResult result, long cadres, long masses, long cadresAttended, long massesAttended) {
            assertThat(result.issues()).as("issues").isEmpty();
            Submission submission = result.submission();
            assertThat(submission).isNotNull();
            assertThat(submission.unitCode()).isEqualTo(UNIT);
            assertThat(submission.period()).isEqualTo("2007-GD1");
            assertThat(submission.reportDate()).isEqualTo(REPORTED_ON);
            assertThat(submission.form()).isEqualTo("Tự tổ chức");
            assertThat(submission.membership()).containsExactly(Map.entry(CADRES, cadres), Map.entry(MASSES, masses));
            assertThat(submission.attended(CADRES)).isEqualTo(cadresAttended);
            assertThat(submission.attended(MASSES)).isEqualTo(massesAttended);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void labelsInCapitalsWithoutDiacritics(String extension) {
            SubmissionWorkbook workbook = relabelled(valid(), label -> ascii(label).toUpperCase(Locale.ROOT));
            workbook.set(workbook.valueCell(FORM), "TU TO CHUC");

            assertFigures(write(workbook, "DV001." + extension), 40, 100, 38, 90);
        }

        @Test
        void labelsInDecomposedUnicode() {
            SubmissionWorkbook workbook = relabelled(valid(), label -> Normalizer.normalize(label,
                    Normalizer.Form.NFD));
            workbook.set(workbook.valueCell(FORM), Normalizer.normalize("Tự tổ chức", Normalizer.Form.NFD));

            assertFigures(write(workbook, "DV001.xlsx"), 40, 100, 38, 90);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void labelsWithStraySpacesAndAColon(String extension) {
            SubmissionWorkbook workbook = relabelled(valid(), label -> "  " + label.replace(" ", "   ") + " :");

            assertFigures(write(workbook, "DV001." + extension), 40, 100, 38, 90);
        }

        @Test
        void aSumWithoutCachedValueIsComputed() throws IOException {
            Path file = valid().withoutCachedValues().writeTo(dir.resolve("DV001.xlsx"));
            // the file holds the formula alone, as scripts write it: nothing cached to fall back on
            assertThat(Files.readString(rawSheetXml(file)))
                    .containsPattern("<c r=\"F14\"[^>]*><f>SUM\\(F13:F13\\)</f></c>");

            assertFigures(check(file), 40, 100, 38, 90);
        }

        @Test
        void aRowTotalFormulaWithoutCachedValueIsComputed() {
            SubmissionWorkbook workbook = valid().withoutCachedValues();
            workbook.set(workbook.sessionCell(0, ROW_TOTAL), "=E13+F13");

            CheckResult result = write(workbook, "DV001.xlsx");

            assertFigures(result, 40, 100, 38, 90);
            assertThat(result.submission().sessions().get(0).total()).isEqualTo(128);
        }

        @Test
        void aComputedRowTotalThatDoesNotAddUpIsStillCaught() {
            SubmissionWorkbook workbook = valid().withoutCachedValues();
            workbook.set(workbook.sessionCell(0, ROW_TOTAL), "=E13+F13+1");

            assertRejectedAt(write(workbook, "DV001.xlsx"), IssueCode.ROW_SUM_MISMATCH, "DV001.xlsx", UNIT, SHEET,
                    "G13", ROW_TOTAL, "129", "128");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void countsTypedAsText(String extension) {
            SubmissionWorkbook workbook = SubmissionWorkbook.forCampaign(campaign).unit(UNIT, "Văn phòng Tỉnh ủy")
                    .reportDate(REPORTED_ON).form("Tự tổ chức").membership(CADRES, 45).membership(MASSES, 1_500)
                    .session("DV001-1", HELD_ON, "Hội trường Tỉnh ủy", 40, 1_234).countsAsText();
            workbook.set(workbook.valueCell(CADRE_TOTAL), " 45 ");
            workbook.set(workbook.sessionCell(0, MASS_ATTENDED), "1,234");

            CheckResult result = write(workbook, "DV001." + extension);

            assertFigures(result, 45, 1_500, 40, 1_234);
            assertThat(result.submission().sessions().get(0).total()).isEqualTo(1_274);
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void theReportOnTheSecondSheetBehindACoverSheet(String extension) throws IOException {
            Path file = withCoverSheet(valid().writeTo(dir.resolve("plain." + extension)),
                    dir.resolve("DV001." + extension));

            assertFigures(check(file), 40, 100, 38, 90);
            assertThat(check(file).submission().sheet()).isEqualTo(SHEET);
        }

        @Test
        void anErrorOnTheSecondSheetNamesThatSheet() throws IOException {
            Path file = withCoverSheet(valid().totalRowOverride(MASSES, 99).writeTo(dir.resolve("plain.xlsx")),
                    dir.resolve("DV001.xlsx"));

            assertRejectedAt(check(file), IssueCode.TOTAL_ROW_MISMATCH, "DV001.xlsx", UNIT, SHEET, "F14",
                    TOTAL_ROW + ", " + MASS_ATTENDED, "99", "90");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void columnsInAnotherOrder(String extension) throws IOException {
            Path file = shuffledColumns(dir.resolve("DV002." + extension), 85);

            CheckResult result = check(file);

            assertThat(result.issues()).isEmpty();
            Submission submission = result.submission();
            assertThat(submission.unitCode()).isEqualTo("DV002");
            assertThat(submission.sheet()).isEqualTo("BC");
            assertThat(submission.form()).isEqualTo("Mời báo cáo viên cấp trên");
            assertThat(submission.membership()).containsExactly(Map.entry(CADRES, 60L), Map.entry(MASSES, 150L));
            assertThat(submission.sessions()).containsExactly(
                    new SessionRow(12, "DV002-1", LocalDate.of(2007, 6, 10), "G12", "Hội trường A",
                            Map.of(CADRES, 30L, MASSES, 70L), 100, "Có báo cáo viên"),
                    new SessionRow(13, "DV002-2", LocalDate.of(2007, 6, 17), "G13", "Hội trường B",
                            Map.of(CADRES, 25L, MASSES, 60L), 85, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void columnsInAnotherOrderAreLocatedWhereTheyAre(String extension) throws IOException {
            Path file = shuffledColumns(dir.resolve("DV002." + extension), 86);

            // the row total is column B of this layout; the Tổng cộng row's B14 sums the rows so it agrees
            assertRejectedAt(check(file), IssueCode.ROW_SUM_MISMATCH, "DV002." + extension, "DV002", "BC", "B13",
                    ROW_TOTAL, "86", "85");
        }
    }

    /** Rewrites every block label and table header through {@code spelling}, keeping the values. */
    static SubmissionWorkbook relabelled(SubmissionWorkbook workbook, UnaryOperator<String> spelling) {
        for (String label : List.of(UNIT_CODE, SubmissionWorkbook.UNIT_NAME, PERIOD, REPORT_DATE, FORM, CADRE_TOTAL,
                MASS_TOTAL)) {
            workbook.set(labelCell(workbook.valueCell(label)), spelling.apply(label));
        }
        for (String header : List.of(SubmissionWorkbook.SESSION_NO, SESSION_CODE, SESSION_DATE,
                SubmissionWorkbook.PLACE, CADRE_ATTENDED, MASS_ATTENDED, ROW_TOTAL, SubmissionWorkbook.NOTE)) {
            workbook.set(headerCell(workbook, header), spelling.apply(header));
        }
        workbook.set(labelCell(workbook.totalRowCell(ROW_TOTAL)), spelling.apply(TOTAL_ROW));
        return workbook;
    }

    /** "Mã đơn vị" as typed on a keyboard without Vietnamese: "Ma don vi". */
    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    /** Copies a report, adding first a cover sheet that has a unit code but no session table. */
    static Path withCoverSheet(Path report, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(report); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet cover = workbook.createSheet("Bìa");
            cell(cover, 0, 0).setCellValue("BÁO CÁO KẾT QUẢ HỌC TẬP");
            cell(cover, 2, 0).setCellValue("Mã đơn vị");
            cell(cover, 2, 1).setCellValue("DV999");
            cell(cover, 3, 0).setCellValue("Xem số liệu ở trang sau");
            workbook.setSheetOrder("Bìa", 0);
            workbook.setActiveSheet(0);
            save(workbook, target);
        }
        return target;
    }

    /**
     * A report whose table columns are in another order than the template's, with an unknown column: Ghi chú,
     * Tổng số người dự, masses, Mã cuộc, Số điện thoại, cadres, Ngày học, Địa điểm, STT (A to I); header row 11,
     * sessions on rows 12 and 13, Tổng cộng on row 14 with SUM formulas.
     *
     * @param secondRowTotal what the second session's row total says (85 adds up)
     */
    static Path shuffledColumns(Path file, long secondRowTotal) throws IOException {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("BC");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            cell(sheet, 0, 0).setCellValue("BÁO CÁO KẾT QUẢ HỌC TẬP");
            Object[][] block = {
                    {"Mã đơn vị", "DV002"}, {"Tên đơn vị", "Ban Tổ chức Tỉnh ủy"}, {"Kỳ báo cáo", "2007-GD1"},
                    {"Ngày báo cáo", LocalDate.of(2007, 6, 25)}, {"Hình thức tổ chức", "Mời báo cáo viên cấp trên"},
                    {CADRE_TOTAL, 60}, {MASS_TOTAL, 150}};
            for (int i = 0; i < block.length; i++) {
                cell(sheet, 2 + i, 0).setCellValue((String) block[i][0]);
                put(cell(sheet, 2 + i, 1), block[i][1], date);
            }
            String[] headers = {"Ghi chú", ROW_TOTAL, MASS_ATTENDED, "Mã cuộc", "Số điện thoại", CADRE_ATTENDED,
                    "Ngày học", "Địa điểm", "STT"};
            for (int c = 0; c < headers.length; c++) {
                cell(sheet, 10, c).setCellValue(headers[c]);
            }
            Object[][] sessions = {
                    {"Có báo cáo viên", 100, 70, "DV002-1", "0270 3822 111", 30, LocalDate.of(2007, 6, 10),
                            "Hội trường A", 1},
                    {null, secondRowTotal, 60, "DV002-2", null, 25, LocalDate.of(2007, 6, 17), "Hội trường B", 2}};
            for (int r = 0; r < sessions.length; r++) {
                for (int c = 0; c < headers.length; c++) {
                    if (sessions[r][c] != null) {
                        put(cell(sheet, 11 + r, c), sessions[r][c], date);
                    }
                }
            }
            cell(sheet, 13, 0).setCellValue("Tổng cộng");
            for (String column : List.of("B", "C", "F")) {
                cell(sheet, 13, CellReference.convertColStringToIndex(column))
                        .setCellFormula("SUM(" + column + "12:" + column + "13)");
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            save(workbook, file);
        }
        return file;
    }

    private static void put(org.apache.poi.ss.usermodel.Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, int column) {
        Row poiRow = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return poiRow.getCell(column) == null ? poiRow.createCell(column) : poiRow.getCell(column);
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Unpacks the first worksheet's XML of an .xlsx, to show what the file really holds. */
    private Path rawSheetXml(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            Path xml = dir.resolve("sheet1.xml");
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                Files.copy(in, xml);
            }
            return xml;
        }
    }
}
