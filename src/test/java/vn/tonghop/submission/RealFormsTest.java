package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.submission.RealWorkbookChecksTest.CADRES;
import static vn.tonghop.submission.RealWorkbookChecksTest.MASSES;
import static vn.tonghop.submission.RealWorkbookChecksTest.MASS_ATTENDED;
import static vn.tonghop.submission.RealWorkbookChecksTest.MASS_TOTAL;
import static vn.tonghop.submission.RealWorkbookChecksTest.SHEET;
import static vn.tonghop.submission.RealWorkbookChecksTest.UNIT;
import static vn.tonghop.submission.RealWorkbookChecksTest.assertRejectedAt;
import static vn.tonghop.submission.ValidReport.HELD_ON;
import static vn.tonghop.submission.ValidReport.REPORTED_ON;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.LabelAliases;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;
import vn.tonghop.workbook.legacy.LegacyEncoding;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * The forms units really send, beyond the template as designed: each written as a real .xlsx or .xls, read back
 * through the real reader and checker. Layout as in {@link RealWorkbookChecksTest}: C9 and C10 the two groups'
 * membership, row 13 the only session (E and F the groups' attendees, G the row total), row 14 {@code Tổng cộng}.
 */
class RealFormsTest {

    final Campaign campaign = SampleGenerator.campaign();

    @TempDir
    Path dir;

    /** 38/40 cadres and 90/100 masses at one session. */
    SubmissionWorkbook valid() {
        return ValidReport.of(campaign);
    }

    CheckResult check(Path file) {
        return ValidReport.check(file, campaign);
    }

    static void assertFigures(CheckResult result, long cadres, long masses, long cadresAttended, long massesAttended) {
        assertThat(result.issues()).as("issues").isEmpty();
        Submission submission = result.submission();
        assertThat(submission).isNotNull();
        assertThat(submission.unitCode()).isEqualTo(UNIT);
        assertThat(submission.membership()).containsExactly(Map.entry(CADRES, cadres), Map.entry(MASSES, masses));
        assertThat(submission.attended(CADRES)).isEqualTo(cadresAttended);
        assertThat(submission.attended(MASSES)).isEqualTo(massesAttended);
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookFactory.create(in);
        }
    }

    static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /**
     * Every text cell of a report retyped as an office using a legacy keyboard and font would have it: labels, unit
     * name, place and note in TCVN3 or VNI codes, shown in that encoding's font.
     */
    static Path retyped(Path plain, Path target, LegacyEncoding encoding) throws IOException {
        try (Workbook workbook = open(plain)) {
            Font font = workbook.createFont();
            font.setFontName(encoding == LegacyEncoding.TCVN3 ? ".VnTime" : "VNI-Times");
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        cell.setCellValue(encoding.fromUnicode(cell.getStringCellValue()));
                        CellStyle style = workbook.createCellStyle();
                        style.cloneStyleFrom(cell.getCellStyle());
                        style.setFont(font);
                        cell.setCellStyle(style);
                    }
                }
            }
            save(workbook, target);
        }
        return target;
    }

    @Nested
    class LegacyVietnameseEncodings {

        @ParameterizedTest
        @CsvSource({"xlsx, TCVN3", "xls, TCVN3", "xlsx, VNI", "xls, VNI"})
        void labelsAreRecognisedAndTextsReachTheOutputsInUnicode(String extension, LegacyEncoding encoding)
                throws IOException {
            SubmissionWorkbook report = valid().note("Đồng chí Bí thư Đảng ủy dự, phát biểu chỉ đạo");
            Path file = retyped(report.writeTo(dir.resolve("plain." + extension)),
                    dir.resolve("DV001-" + encoding + "." + extension), encoding);
            try (Workbook typed = open(file)) {
                assertThat(typed.getSheetAt(0).getRow(4).getCell(2).getStringCellValue())
                        .as("the file holds the legacy codes").isEqualTo(encoding.fromUnicode("Văn phòng Tỉnh ủy"))
                        .isNotEqualTo("Văn phòng Tỉnh ủy");
            }

            CheckResult result = check(file);

            assertFigures(result, 40, 100, 38, 90);
            assertThat(result.submission().unitName()).isEqualTo("Văn phòng Tỉnh ủy");
            assertThat(result.submission().form()).isEqualTo("Tự tổ chức");
            SessionRow session = result.submission().sessions().get(0);
            assertThat(session.place()).isEqualTo("Hội trường Tỉnh ủy");
            assertThat(session.note()).isEqualTo("Đồng chí Bí thư Đảng ủy dự, phát biểu chỉ đạo");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void theReaderGivesEachTextCellItsFontAndACapitalsFontGivesCapitals(String extension) throws Exception {
            Path file = retyped(valid().writeTo(dir.resolve("plain." + extension)),
                    dir.resolve("retyped." + extension), LegacyEncoding.TCVN3);
            try (Workbook workbook = open(file)) {
                Font capitals = workbook.createFont();
                capitals.setFontName(".VnTimeH");
                CellStyle style = workbook.createCellStyle();
                style.setFont(capitals);
                workbook.getSheetAt(0).getRow(4).getCell(2).setCellStyle(style);
                save(workbook, dir.resolve("DV001." + extension));
            }

            vn.tonghop.workbook.Workbook read = new PoiWorkbookReader().read(dir.resolve("DV001." + extension));
            assertThat(read.sheets().get(0).rows().get(2).cells()).extracting(vn.tonghop.workbook.Cell::font)
                    .containsExactly(".VnTime", ".VnTime");
            CheckResult result = check(dir.resolve("DV001." + extension));

            assertFigures(result, 40, 100, 38, 90);
            assertThat(result.submission().unitName()).isEqualTo("VĂN PHÒNG TỈNH ỦY");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void anErrorInALegacyWorkbookQuotesTheLabelInUnicode(String extension) throws IOException {
            SubmissionWorkbook report = valid();
            report.set(report.valueCell(MASS_TOTAL), "một trăm");
            Path file = retyped(report.writeTo(dir.resolve("plain." + extension)),
                    dir.resolve("DV001." + extension), LegacyEncoding.TCVN3);

            assertRejectedAt(check(file), IssueCode.NOT_A_NUMBER, "DV001." + extension, UNIT, SHEET, "C10",
                    MASS_TOTAL, "một trăm", null);
        }
    }

    static Campaign withAliases(Campaign c, LabelAliases aliases) {
        return new Campaign(c.definitionFile(), c.id(), c.title(), c.organisation(), c.period(), c.asOf(),
                c.deadline(), c.groups(), c.forms(), c.clusterForm(), c.lowRateWarning(), c.units(), c.schedule(),
                c.report(), aliases, c.limits());
    }

    /** Replaces the text of every cell that reads {@code from} exactly. */
    static Path relabelled(Path plain, Path target, Map<String, String> newLabels) throws IOException {
        try (Workbook workbook = open(plain)) {
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && newLabels.containsKey(cell.getStringCellValue())) {
                        cell.setCellValue(newLabels.get(cell.getStringCellValue()));
                    }
                }
            }
            save(workbook, target);
        }
        return target;
    }

    /** A campaign whose forms say "Mã ĐV", "Số quần chúng" and "Cộng số người dự" declares them in aliases:. */
    @Nested
    class Aliases {

        final Map<String, String> otherWords = Map.of(SubmissionWorkbook.UNIT_CODE, "Mã ĐV", MASS_TOTAL,
                "Số quần chúng", SubmissionWorkbook.ROW_TOTAL, "Cộng số người dự");

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void labelsInTheCampaignsOwnWordsAreRecognised(String extension) throws IOException {
            Path file = relabelled(valid().writeTo(dir.resolve("plain." + extension)),
                    dir.resolve("DV001." + extension), otherWords);
            Campaign aliased = withAliases(campaign, new LabelAliases(Map.of(
                    SubmissionWorkbook.UNIT_CODE, List.of("Mã số đơn vị", "Mã ĐV"), MASS_TOTAL, List.of("Số quần chúng"),
                    SubmissionWorkbook.ROW_TOTAL, List.of("Cộng số người dự"))));

            CheckResult result = new WorkbookChecker(new PoiWorkbookReader()).check(file, "DV001." + extension,
                    aliased);

            assertFigures(result, 40, 100, 38, 90);
            assertThat(result.submission().sessions().get(0).total()).isEqualTo(128);
        }

        @Test
        void withoutTheAliasesTheSameFormIsNotASubmission() throws IOException {
            Path file = relabelled(valid().writeTo(dir.resolve("plain.xlsx")), dir.resolve("DV001.xlsx"), otherWords);

            CheckResult result = check(file);

            assertThat(result.issues()).extracting(Issue::code, Issue::subject)
                    .containsExactly(tuple(IssueCode.NOT_A_SUBMISSION, SubmissionWorkbook.UNIT_CODE));
        }

        @Test
        void anIssueNamesTheTemplatesLabelAtTheAliasedCell() throws IOException {
            SubmissionWorkbook report = valid();
            report.set(report.valueCell(MASS_TOTAL), "x");
            Path file = relabelled(report.writeTo(dir.resolve("plain.xlsx")), dir.resolve("DV001.xlsx"),
                    Map.of(MASS_TOTAL, "Số quần chúng"));
            Campaign aliased = withAliases(campaign,
                    new LabelAliases(Map.of(MASS_TOTAL, List.of("Số quần chúng"))));

            assertRejectedAt(new WorkbookChecker(new PoiWorkbookReader()).check(file, "DV001.xlsx", aliased),
                    IssueCode.NOT_A_NUMBER, "DV001.xlsx", UNIT, SHEET, "C10", MASS_TOTAL, "x", null);
        }
    }

    /** Two sessions at the same hall on the same day: 38+2 cadres, 90+5 masses; rows 13 and 14, Tổng cộng 15. */
    SubmissionWorkbook twoSessions() {
        return SubmissionWorkbook.forCampaign(campaign).unit(UNIT, "Văn phòng Tỉnh ủy").reportDate(REPORTED_ON)
                .form("Tự tổ chức").membership(CADRES, 40).membership(MASSES, 100)
                .session("DV001-1", HELD_ON, "Hội trường Tỉnh ủy", 38, 90)
                .session("DV001-2", HELD_ON, "Hội trường Tỉnh ủy", 2, 5);
    }

    @Nested
    class HiddenRowsAndMergedCells {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aHiddenSessionRowIsReadAndNamedInAWarning(String extension) throws IOException {
            Path file = dir.resolve("DV001." + extension);
            try (Workbook workbook = open(twoSessions().writeTo(dir.resolve("plain." + extension)))) {
                workbook.getSheetAt(0).getRow(13).setZeroHeight(true);
                save(workbook, file);
            }

            CheckResult result = check(file);

            assertThat(result.issues()).hasSize(1);
            RealWorkbookChecksTest.assertIssue(result.issues().get(0), IssueCode.HIDDEN_DATA, Severity.WARNING,
                    "DV001." + extension, UNIT, SHEET, "A14", null, "14", null);
            assertThat(result.submission().sessions()).extracting(SessionRow::code)
                    .containsExactly("DV001-1", "DV001-2");
            assertThat(result.submission().attended(CADRES)).isEqualTo(40);
            assertThat(result.submission().attended(MASSES)).isEqualTo(95);
            assertThat(OutputTexts.vietnamese().message(result.issues().get(0))).isEqualTo("Trang " + SHEET
                    + " có dòng bị ẩn nhưng vẫn chứa số liệu (dòng 14); số liệu ở các dòng này vẫn được đọc và cộng"
                    + " vào báo cáo. Đề nghị đơn vị kiểm tra lại các dòng này.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aHiddenEmptyRowIsNoConcern(String extension) throws IOException {
            Path file = dir.resolve("DV001." + extension);
            try (Workbook workbook = open(valid().writeTo(dir.resolve("plain." + extension)))) {
                workbook.getSheetAt(0).createRow(20).setZeroHeight(true);
                save(workbook, file);
            }

            assertFigures(check(file), 40, 100, 38, 90);
        }

        /**
         * The date (C) and place (D) of the two sessions merged down over rows 13 and 14; D14 still holds an old
         * text under the merge, which Excel does not show.
         */
        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aCellMergedDownOverTwoSessionsReadsAsItsTopLeftValueInEach(String extension) throws IOException {
            Path file = dir.resolve("DV001." + extension);
            try (Workbook workbook = open(twoSessions().writeTo(dir.resolve("plain." + extension)))) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
                sheet.getRow(13).getCell(2).setBlank();
                sheet.getRow(13).getCell(3).setCellValue("Phòng họp cũ");
                sheet.addMergedRegion(CellRangeAddress.valueOf("C13:C14"));
                sheet.addMergedRegion(CellRangeAddress.valueOf("D13:D14"));
                save(workbook, file);
            }

            CheckResult result = check(file);

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().sessions()).extracting(SessionRow::code, SessionRow::date,
                    SessionRow::place).containsExactly(tuple("DV001-1", HELD_ON, "Hội trường Tỉnh ủy"),
                    tuple("DV001-2", HELD_ON, "Hội trường Tỉnh ủy"));
            assertThat(result.submission().attended(MASSES)).isEqualTo(95);
        }
    }

    /**
     * A form with the membership in the table: no membership lines in the block; header row 10 names each group over
     * its three columns (merged), row 11 has the sub-headers Tổng số / Số dự / Tỷ lệ (E-G cadres, H-J masses); two
     * sessions on rows 12 and 13 (25/24 and 15/14 cadres, 60/54 and 40/36 masses), Tổng cộng on row 14.
     *
     * @param rates the rates typed in G12, J12, G13, J13, G14, J14
     */
    static Path twoRowHeaderForm(Path file, Object... rates) throws IOException {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Object[][] rows = {
                    {"BÁO CÁO KẾT QUẢ HỌC TẬP"}, {},
                    {"Mã đơn vị", UNIT}, {"Tên đơn vị", "Văn phòng Tỉnh ủy"}, {"Kỳ báo cáo", "2007-GD1"},
                    {"Ngày báo cáo", REPORTED_ON}, {"Hình thức tổ chức", "Tự tổ chức"}, {}, {},
                    {"STT", "Mã cuộc", "Ngày học", "Địa điểm", RealWorkbookChecksTest.CADRE_NAME, null, null,
                            RealWorkbookChecksTest.MASS_NAME, null, null, "Tổng số người dự", "Ghi chú"},
                    {null, null, null, null, "Tổng số", "Số dự", "Tỷ lệ", "Tổng số", "Số dự", "Tỷ lệ"},
                    {1, "DV001-1", HELD_ON, "Hội trường A", 25, 24, rates[0], 60, 54, rates[1], 78},
                    {2, "DV001-2", HELD_ON.plusDays(7), "Hội trường B", 15, 14, rates[2], 40, 36, rates[3], 50},
                    {"Tổng cộng", null, null, null, 40, 38, rates[4], 100, 90, rates[5], 128}};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("E10:G10"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("H10:J10"));
            for (String column : List.of("A", "B", "C", "D", "K", "L")) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(column + "10:" + column + "11"));
            }
            save(workbook, file);
        }
        return file;
    }

    @Nested
    class TwoRowHeaders {

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void membershipIsTheTotalOfEachGroupsTotalColumn(String extension) throws IOException {
            Path file = twoRowHeaderForm(dir.resolve("DV001." + extension), 0.96, "90%", 93.33, "90,0%", 0.95, 0.9);

            CheckResult result = check(file);

            assertFigures(result, 40, 100, 38, 90);
            assertThat(result.submission().sessions()).extracting(SessionRow::code, SessionRow::total)
                    .containsExactly(tuple("DV001-1", 78L), tuple("DV001-2", 50L));
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aRateThatIsNotAttendeesOverMembersIsARateMismatch(String extension) throws IOException {
            Path file = twoRowHeaderForm(dir.resolve("DV001." + extension), 0.96, "90%", 93.33, "95%", 0.95, 0.9);

            CheckResult result = check(file);

            assertThat(result.issues()).hasSize(1);
            RealWorkbookChecksTest.assertIssue(result.issues().get(0), IssueCode.RATE_MISMATCH, Severity.WARNING,
                    "DV001." + extension, UNIT, SHEET, "J13",
                    "Tỷ lệ, " + RealWorkbookChecksTest.MASS_NAME, "95%", "90.00%");
            assertFigures(new CheckResult(result.unitCode(), result.reportDate(), result.submission(), List.of()),
                    40, 100, 38, 90);
            assertThat(OutputTexts.vietnamese().message(result.issues().get(0))).isEqualTo("Ô J13 (Tỷ lệ, "
                    + RealWorkbookChecksTest.MASS_NAME + ") ghi 95% nhưng tỷ lệ tính từ số người dự và tổng số là"
                    + " 90.00%. Số liệu tổng hợp dùng số người, không dùng tỷ lệ đơn vị ghi; đề nghị kiểm tra lại.");
        }

        @Test
        void aRoundedTotalRateIsNoMismatchButOneRoundedWrongIs() throws IOException {
            // 38/40 = 95% exactly; 14/15 = 93.33...%: 93% and 93.3% are rounding, 94% is not
            Path file = twoRowHeaderForm(dir.resolve("DV001.xlsx"), "96%", 0.9, "94%", 0.9, 0.95, "90%");

            CheckResult result = check(file);

            assertThat(result.issues()).extracting(Issue::code, Issue::cell, Issue::found, Issue::expected)
                    .containsExactly(tuple(IssueCode.RATE_MISMATCH, "G13", "94%", "93.33%"));
        }

        @Test
        void aMissingTotalOfTheMembersColumnIsAMissingValueAtThatCell() throws IOException {
            Path file = twoRowHeaderForm(dir.resolve("DV001.xlsx"), 0.96, 0.9, 93.33, 0.9, 0.95, 0.9);
            try (Workbook workbook = open(file)) {
                workbook.getSheetAt(0).getRow(13).getCell(7).setBlank();
                save(workbook, dir.resolve("DV001-thieu.xlsx"));
            }

            CheckResult result = check(dir.resolve("DV001-thieu.xlsx"));

            assertRejectedAt(result, IssueCode.MISSING_VALUE, "DV001-thieu.xlsx", UNIT, SHEET, "H14",
                    "Tổng cộng, Tổng số " + RealWorkbookChecksTest.MASS_NAME, null, null);
        }
    }

    @Nested
    class ErrorCells {

        @ParameterizedTest
        @CsvSource({"xlsx, =1/0, #DIV/0!", "xls, =1/0, #DIV/0!", "xlsx, =NA(), #N/A", "xls, =NA(), #N/A",
                "xlsx, =#REF!+1, #REF!", "xls, =#REF!+1, #REF!"})
        void anErrorInACountCellIsACellErrorNamingTheCell(String extension, String formula, String shown) {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.valueCell(MASS_TOTAL), formula);

            CheckResult result = check(workbook.writeTo(dir.resolve("DV001." + extension)));

            assertRejectedAt(result, IssueCode.CELL_ERROR, "DV001." + extension, UNIT, SHEET, "C10", MASS_TOTAL,
                    shown, null);
            assertThat(OutputTexts.vietnamese().message(result.issues().get(0))).isEqualTo(
                    "Ô C10 (" + MASS_TOTAL + ") hiện lỗi " + shown + " thay vì số người. Đề nghị sửa công thức hoặc"
                            + " ghi trực tiếp số người vào ô này.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void anErrorInASessionRowIsReportedWhereItShows(String extension) {
            SubmissionWorkbook workbook = valid().totalRowOverride(MASSES, 90);
            workbook.set(workbook.sessionCell(0, MASS_ATTENDED), "=1/0");
            workbook.set(workbook.sessionCell(0, SubmissionWorkbook.ROW_TOTAL), 128);

            CheckResult result = check(workbook.writeTo(dir.resolve("DV001." + extension)));

            assertRejectedAt(result, IssueCode.CELL_ERROR, "DV001." + extension, UNIT, SHEET, "F13", MASS_ATTENDED,
                    "#DIV/0!", null);
        }
    }

    /** Counts typed as text, grouped by dots (Vietnamese), commas (English) or spaces. */
    @Nested
    class ThousandsConventions {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"xlsx|.", "xls|.", "xlsx|,", "xls|,", "xlsx|' '", "xls|' '",
                "xlsx|\u00A0", "xls|\u00A0"})
        void groupedCountsAreReadAsThousands(String extension, String separator) {
            SubmissionWorkbook workbook = SubmissionWorkbook.forCampaign(campaign).unit(UNIT, "Văn phòng Tỉnh ủy")
                    .reportDate(REPORTED_ON).form("Tự tổ chức").membership(CADRES, 45).membership(MASSES, 1_500)
                    .session("DV001-1", HELD_ON, "Hội trường Tỉnh ủy", 40, 1_234).countsAsText();
            workbook.set(workbook.valueCell(MASS_TOTAL), "1" + separator + "500");
            workbook.set(workbook.sessionCell(0, MASS_ATTENDED), "1" + separator + "234");
            workbook.set(workbook.totalRowCell(MASS_ATTENDED), "1" + separator + "234");
            workbook.set(workbook.sessionCell(0, SubmissionWorkbook.ROW_TOTAL), "1" + separator + "274");
            workbook.set(workbook.totalRowCell(SubmissionWorkbook.ROW_TOTAL), "1" + separator + "274");

            CheckResult result = check(workbook.writeTo(dir.resolve("DV001." + extension)));

            assertFigures(result, 45, 1_500, 40, 1_234);
            assertThat(result.submission().sessions().get(0).total()).isEqualTo(1_274);
        }

        @ParameterizedTest
        @CsvSource({"xlsx, '12,5'", "xls, '12,5'", "xlsx, 12.5", "xls, 12.5", "xlsx, '1.234,5'"})
        void aDecimalTypedAsTextIsNotIntegerNeverTwelveNorOneHundredTwentyFive(String extension, String typed) {
            SubmissionWorkbook workbook = valid();
            workbook.set(workbook.valueCell(MASS_TOTAL), typed);

            assertRejectedAt(check(workbook.writeTo(dir.resolve("DV001." + extension))), IssueCode.NOT_INTEGER,
                    "DV001." + extension, UNIT, SHEET, "C10", MASS_TOTAL, typed, null);
        }
    }

    @Nested
    class Passwords {

        @Test
        void anXlsWithAPasswordToOpenIsFileEncrypted() throws IOException {
            Path file = dir.resolve("DV001-mat-khau.xls");
            try (Workbook workbook = open(valid().writeTo(dir.resolve("plain.xls")))) {
                Biff8EncryptionKey.setCurrentUserPassword("bimat");
                try {
                    save(workbook, file);
                } finally {
                    Biff8EncryptionKey.setCurrentUserPassword(null);
                }
            }

            CheckResult result = check(file);

            assertRejectedAt(result, IssueCode.FILE_ENCRYPTED, "DV001-mat-khau.xls", UNIT, null, null, null, null,
                    null);
            assertThat(OutputTexts.vietnamese().message(result.issues().get(0))).isEqualTo(
                    "Tệp DV001-mat-khau.xls có đặt mật khẩu mở tệp nên chương trình không đọc được. Đề nghị đơn vị"
                            + " gỡ mật khẩu (trong Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật"
                            + " khẩu, xóa mật khẩu rồi lưu lại) và gửi lại tệp.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"xlsx", "xls"})
        void aWorkbookProtectedOnlyAgainstEditingIsReadNormally(String extension) throws IOException {
            Path file = dir.resolve("DV001-khoa-sua." + extension);
            try (Workbook workbook = open(valid().writeTo(dir.resolve("plain." + extension)))) {
                workbook.getSheetAt(0).protectSheet("khoa");
                if (workbook instanceof XSSFWorkbook xssf) {
                    xssf.lockStructure();
                    xssf.setWorkbookPassword("khoa", null);
                } else {
                    ((HSSFWorkbook) workbook).writeProtectWorkbook("khoa", "Văn phòng");
                }
                save(workbook, file);
            }

            assertFigures(check(file), 40, 100, 38, 90);
        }
    }
}
