package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.submission.TestCampaigns.CADRES;
import static vn.tonghop.submission.TestCampaigns.MASSES;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

class SubmissionCheckerTest {

    static final String FILE = "DV001_bao-cao.xlsx";
    static final String CADRE_ATTENDED = "Cán bộ chủ chốt và đảng viên dự";
    static final String MASS_ATTENDED = "Quần chúng, công đoàn viên, hội viên dự";
    static final String CADRE_TOTAL = "Tổng số cán bộ chủ chốt và đảng viên";
    static final String MASS_TOTAL = "Tổng số quần chúng, công đoàn viên, hội viên";

    final SubmissionChecker checker = new SubmissionChecker();
    final Campaign campaign = TestCampaigns.twoGroups();

    CheckResult check(SheetBuilder sheet) {
        return checker.check(sheet.workbook(), FILE, campaign);
    }

    /** The one issue of the code, asserting there is exactly one. */
    static Issue single(CheckResult result, IssueCode code) {
        List<Issue> issues = result.issues().stream().filter(issue -> issue.code() == code).toList();
        assertThat(issues).as("%s among %s", code, result.issues()).hasSize(1);
        return issues.get(0);
    }

    static void assertIssue(Issue issue, String cell, String subject, String found, String expected) {
        assertThat(issue).extracting(Issue::cell, Issue::subject, Issue::found, Issue::expected)
                .containsExactly(cell, subject, found, expected);
    }

    static void assertRejectedOnlyFor(CheckResult result, IssueCode code) {
        assertThat(result.issues()).extracting(Issue::code).containsExactly(code);
        assertThat(result.issues().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(result.submission()).isNull();
    }

    @Nested
    class ValidWorkbook {

        @Test
        void givesTheFiguresExactly() {
            CheckResult result = check(ValidSheet.sheet());

            assertThat(result.issues()).isEmpty();
            assertThat(result.unitCode()).isEqualTo("DV001");
            assertThat(result.reportDate()).isEqualTo(LocalDate.of(2024, 3, 10));
            Submission submission = result.submission();
            assertThat(submission.unitCode()).isEqualTo("DV001");
            assertThat(submission.unitName()).isEqualTo("Chi bộ Thôn 1 (xã Yên Lạc)");
            assertThat(submission.sheet()).isEqualTo("BaoCao");
            assertThat(submission.period()).isEqualTo("2007-GD1");
            assertThat(submission.reportDate()).isEqualTo(LocalDate.of(2024, 3, 10));
            assertThat(submission.form()).isEqualTo("Tự tổ chức");
            assertThat(submission.clusterCode()).isNull();
            assertThat(submission.membership()).containsExactly(Map.entry(CADRES, 40L), Map.entry(MASSES, 200L));
            assertThat(submission.sessions()).containsExactly(
                    new SessionRow(13, "C01", LocalDate.of(2024, 3, 1), "C13", "Hội trường xã",
                            Map.of(CADRES, 30L, MASSES, 120L), 150, null),
                    new SessionRow(14, null, LocalDate.of(2024, 3, 5), "C14", "Nhà văn hóa thôn",
                            Map.of(CADRES, 8L, MASSES, 50L), 58, "Học bù"));
            assertThat(submission.sessions().get(0).attended().keySet()).containsExactly(CADRES, MASSES);
            assertThat(submission.attended(CADRES)).isEqualTo(38);
            assertThat(submission.attended(MASSES)).isEqualTo(170);
        }

        @Test
        void readsTextCountsWithThousandsSeparatorsAndBlankGroupCellsAsZero() {
            CheckResult result = check(ValidSheet.sheet()
                    .set("C10", "2.000")
                    .set("E13", " 30 ").set("F13", "1,120").set("G13", "1 150")
                    .set("F14", null).set("G14", "8")
                    .set("F16", "1.120").set("G16", "1\u00A0158"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().membership()).containsEntry(MASSES, 2000L);
            assertThat(result.submission().sessions()).extracting(SessionRow::total).containsExactly(1150L, 8L);
            assertThat(result.submission().sessions().get(1).attended()).containsEntry(MASSES, 0L);
            assertThat(result.submission().attended(CADRES)).isEqualTo(38);
            assertThat(result.submission().attended(MASSES)).isEqualTo(1120);
        }

        @Test
        void skipsRowsWithOnlyAnSttNumberANoteOrAnUnknownColumn() {
            CheckResult result = check(ValidSheet.sheet().row(15, 3, null, null, null, null, null, null, "chưa học")
                    .set("J12", "Người chủ trì").set("J15", "Ông Ba").set("J16", "x"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().sessions()).extracting(SessionRow::rowNumber).containsExactly(13, 14);
        }

        @Test
        void ignoresUnknownColumnsAndTheirContent() {
            CheckResult result = check(ValidSheet.sheet()
                    .set("I12", "Số giờ").set("I13", "ba giờ").set("I14", -2)
                    .set("J12", "Tổng số đảng viên").set("J13", "không rõ"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().attended(CADRES)).isEqualTo(38);
        }

        @Test
        void readsColumnsInAnotherOrder() {
            SheetBuilder sheet = ValidSheet.sheet();
            for (int row = 12; row <= 16; row++) {
                sheet.clearRow(row);
            }
            sheet.row(12, "Ghi chú", "Tổng số người dự", MASS_ATTENDED, CADRE_ATTENDED, "Địa điểm", "Ngày học",
                            "Mã cuộc", "STT")
                    .row(13, null, 150, 120, 30, "Hội trường xã", "01/03/2024", "C01", 1)
                    .row(14, "Học bù", 58, 50, 8, "Nhà văn hóa thôn", "05/03/2024", null, 2)
                    .row(16, null, 208, 170, 40, null, null, "Tổng cộng");

            CheckResult result = check(sheet);

            // the wrong Tổng cộng is reported in the cadre column, now D
            assertIssue(single(result, IssueCode.TOTAL_ROW_MISMATCH), "D16", "Tổng cộng, " + CADRE_ATTENDED,
                    "40", "38");
            sheet.set("D16", 38);
            Submission submission = check(sheet).submission();
            assertThat(submission.sessions()).containsExactly(
                    new SessionRow(13, "C01", LocalDate.of(2024, 3, 1), "F13", "Hội trường xã",
                            Map.of(CADRES, 30L, MASSES, 120L), 150, null),
                    new SessionRow(14, null, LocalDate.of(2024, 3, 5), "F14", "Nhà văn hóa thôn",
                            Map.of(CADRES, 8L, MASSES, 50L), 58, "Học bù"));
        }

        @Test
        void findsTheBlockAmongTitlesAndNotesAndTheSheetAmongOthers() {
            SheetBuilder cover = SheetBuilder.sheet("Hướng dẫn").row(1, "Hướng dẫn điền mẫu")
                    .row(2, "Mã đơn vị: ghi mã được cấp");
            SheetBuilder draft = SheetBuilder.sheet("Nháp").row(1, "Mã đơn vị", "DV002")
                    .row(3, "Mã cuộc", "Ngày học");
            SheetBuilder report = ValidSheet.sheet().row(11, "Bảng 1. Các cuộc học tập")
                    .row(17, "Ghi chú:", "Tổng cộng gồm cả cuộc học bù");

            CheckResult result = checker.check(SheetBuilder.workbook(cover, draft, report), FILE, campaign);

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().sheet()).isEqualTo("BaoCao");
            assertThat(result.submission().unitCode()).isEqualTo("DV001");
        }

        @Test
        void acceptsDecomposedAndUppercaseUnaccentedLabels() {
            SheetBuilder sheet = ValidSheet.sheet()
                    .set("A3", "MA DON VI:")
                    .set("A4", nfd("Tên đơn vị"))
                    .set("A5", "KY BAO CAO")
                    .set("A6", nfd("Ngày báo cáo"))
                    .set("A7", "Hình thức\ntổ chức")
                    .set("C7", "TU TO CHUC")
                    .set("A9", nfd(CADRE_TOTAL))
                    .set("A10", MASS_TOTAL.toUpperCase())
                    .set("B12", "MA CUOC").set("C12", nfd("Ngày học"))
                    .set("E12", nfd(CADRE_ATTENDED)).set("F12", "QUAN CHUNG, CONG DOAN VIEN, HOI VIEN DU")
                    .set("G12", "Tổng số\u00A0người  dự").set("A16", "TỔNG CỘNG:");

            CheckResult result = check(sheet);

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().form()).isEqualTo("Tự tổ chức");
            assertThat(result.submission().attended(MASSES)).isEqualTo(170);
        }

        @Test
        void acceptsTheTotalLabelInTheCodeColumn() {
            CheckResult result = check(ValidSheet.sheet().set("A16", null).set("B16", "Tổng cộng"));

            assertThat(result.issues()).isEmpty();
        }

        @Test
        void acceptsACampaignWithThreeGroupsAndOtherLabels() {
            Campaign three = TestCampaigns.campaign(List.of(
                    new ParticipantGroup("dang-vien", "Đảng viên", "Tổng số đảng viên", "Đảng viên dự"),
                    new ParticipantGroup("doan-vien", "Đoàn viên thanh niên", "Tổng số đoàn viên", "Đoàn viên dự"),
                    new ParticipantGroup("hoi-vien", "Hội viên", "Tổng số hội viên", "Hội viên dự")));
            SheetBuilder sheet = SheetBuilder.sheet("Sheet1")
                    .row(1, "Mã đơn vị", "DV003")
                    .row(2, "Kỳ báo cáo", "2007-GD1")
                    .row(3, "Ngày báo cáo", "9/3/2024")
                    .row(4, "Hình thức tổ chức", "Mời báo cáo viên cấp trên")
                    .row(5, "Tổng số đảng viên", 20, "Tổng số đoàn viên", 50, "Tổng số hội viên", 80)
                    .row(7, "Mã cuộc", "Ngày học", "Hội viên dự", "Đoàn viên dự", "Đảng viên dự", "Tổng số người dự")
                    .row(8, "T01", "02-03-2024", 60, 45, 19, 124)
                    .row(9, "Tổng cộng", null, 60, 45, 19, 124);

            CheckResult result = checker.check(sheet.workbook(), FILE, three);

            assertThat(result.issues()).isEmpty();
            Submission submission = result.submission();
            assertThat(submission.unitName()).isEqualTo("Chi bộ Trường học"); // from the registry
            assertThat(submission.reportDate()).isEqualTo(LocalDate.of(2024, 3, 9));
            assertThat(submission.membership()).containsExactly(Map.entry("dang-vien", 20L),
                    Map.entry("doan-vien", 50L), Map.entry("hoi-vien", 80L));
            assertThat(submission.sessions().get(0).attended()).containsExactly(Map.entry("dang-vien", 19L),
                    Map.entry("doan-vien", 45L), Map.entry("hoi-vien", 60L));
            assertThat(submission.sessions().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 2));
        }

        @Test
        void threeGroupCampaignChecksItsOwnLabels() {
            Campaign three = TestCampaigns.campaign(List.of(TestCampaigns.CADRE_GROUP, TestCampaigns.MASS_GROUP,
                    new ParticipantGroup("khach", "Khách mời", "Tổng số khách mời", "Khách mời dự")));

            CheckResult result = checker.check(ValidSheet.sheet().workbook(), FILE, three);

            assertThat(result.issues()).extracting(Issue::code, Issue::cell, Issue::subject).containsExactly(
                    tuple(IssueCode.MISSING_VALUE, null, "Tổng số khách mời"),
                    tuple(IssueCode.MISSING_VALUE, "A12", "Khách mời dự"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"10/03/2024", "10/3/2024", "10-03-2024", "10.03.2024", " 10/03/2024 "})
        void readsReportDatesWrittenAsText(String text) {
            CheckResult result = check(ValidSheet.sheet().set("C6", text));

            assertThat(result.issues()).isEmpty();
            assertThat(result.reportDate()).isEqualTo(LocalDate.of(2024, 3, 10));
        }

        @Test
        void acceptsAUnitCodeInAnotherCaseAndKeepsTheRegistrySpelling() {
            CheckResult result = check(ValidSheet.sheet().set("C3", " dv001 "));

            assertThat(result.issues()).isEmpty();
            assertThat(result.unitCode()).isEqualTo("DV001");
            assertThat(result.submission().unitCode()).isEqualTo("DV001");
        }

        @Test
        void stampsIssuesWithTheRegistrySpellingOfTheUnitCode() {
            CheckResult result = check(ValidSheet.sheet().set("C3", "dv001").set("C5", "2006"));

            assertThat(single(result, IssueCode.PERIOD_MISMATCH).unit()).isEqualTo("DV001");
        }

        @Test
        void acceptsThePeriodInAnotherCase() {
            CheckResult result = check(ValidSheet.sheet().set("C5", "2007-gd1"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().period()).isEqualTo("2007-GD1");
        }

        @Test
        void unitNameIsOptional() {
            CheckResult result = check(ValidSheet.sheet().clearRow(4));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().unitName()).isEqualTo("Chi bộ Thôn 1");
        }

        @Test
        void keepsAnUnreadableSessionDateWithItsCell() {
            CheckResult result = check(ValidSheet.sheet().set("C14", "đầu tháng 3"));

            assertThat(result.issues()).isEmpty();
            SessionRow row = result.submission().sessions().get(1);
            assertThat(row.date()).isNull();
            assertThat(row.dateCell()).isEqualTo("C14");
        }
    }

    @Nested
    class NotASubmission {

        @Test
        void workbookWithoutTheUnitCodeLabel() {
            CheckResult result = checker.check(SheetBuilder.workbook(
                    SheetBuilder.sheet("Sheet1").row(1, "Danh sách đảng viên").row(2, "Họ tên", "Ngày sinh"),
                    ValidSheet.sheet().set("A3", "Mã số đơn vị")), FILE, campaign);

            assertRejectedOnlyFor(result, IssueCode.NOT_A_SUBMISSION);
            Issue issue = result.issues().get(0);
            assertIssue(issue, null, "Mã đơn vị", null, null);
            assertThat(issue.file()).isEqualTo(FILE);
            assertThat(result.unitCode()).isNull();
            assertThat(result.reportDate()).isNull();
        }

        @Test
        void sheetWithoutTheSessionTable() {
            CheckResult result = check(SheetBuilder.sheet("Sheet1").row(1, "Mã đơn vị", "DV001"));

            assertRejectedOnlyFor(result, IssueCode.NOT_A_SUBMISSION);
            assertThat(result.issues().get(0).subject()).isEqualTo("Mã cuộc");
        }

        @Test
        void tableHeaderWithoutTheRowTotal() {
            CheckResult result = check(ValidSheet.sheet().set("G12", "Tổng số"));

            assertRejectedOnlyFor(result, IssueCode.NOT_A_SUBMISSION);
            assertThat(result.issues().get(0).subject()).isEqualTo("Tổng số người dự");
        }
    }

    @Nested
    class MissingValue {

        @Test
        void emptyUnitCodeIsReportedAtItsLabel() {
            CheckResult result = check(ValidSheet.sheet().set("C3", null));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "A3", "Mã đơn vị", null, null);
            assertThat(result.issues().get(0).unit()).isNull();
            assertThat(result.unitCode()).isNull();
            assertThat(result.reportDate()).isEqualTo(LocalDate.of(2024, 3, 10));
        }

        @Test
        void missingLabelHasNoCell() {
            CheckResult result = check(ValidSheet.sheet().clearRow(5));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), null, "Kỳ báo cáo", null, null);
            assertThat(result.issues().get(0).sheet()).isEqualTo("BaoCao");
        }

        @Test
        void aLabelNextToTheLabelIsNotItsValue() {
            CheckResult result = check(ValidSheet.sheet().clearRow(3).clearRow(4)
                    .row(3, "Mã đơn vị", null, null, "Tên đơn vị", "Chi bộ Thôn 1"));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "A3", "Mã đơn vị", null, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"32/01/2024", "29/02/2023", "10/13/2024", "tháng 3/2024", "2024-03-10"})
        void unreadableReportDateIsReportedWithTheTextFound(String text) {
            CheckResult result = check(ValidSheet.sheet().set("C6", text));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "C6", "Ngày báo cáo", text, "dd/mm/yyyy");
            assertThat(result.reportDate()).isNull();
            assertThat(result.unitCode()).isEqualTo("DV001");
        }

        @Test
        void emptyMembership() {
            CheckResult result = check(ValidSheet.sheet().set("C10", null));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "A10", MASS_TOTAL, null, null);
        }

        @Test
        void missingGroupColumnIsReportedAtTheHeaderRow() {
            CheckResult result = check(ValidSheet.sheet().set("F12", "Quần chúng dự"));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "A12", MASS_ATTENDED, null, null);
        }

        @Test
        void missingSessionDateColumn() {
            CheckResult result = check(ValidSheet.sheet().set("C12", null));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "A12", "Ngày học", null, null);
        }

        @Test
        void blankTotalRowCell() {
            CheckResult result = check(ValidSheet.sheet().set("E16", null));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "E16", "Tổng cộng, " + CADRE_ATTENDED, null, null);
        }

        @Test
        void blankRowTotalOfARowWithAttendees() {
            CheckResult result = check(ValidSheet.sheet().set("G13", null));

            assertRejectedOnlyFor(result, IssueCode.MISSING_VALUE);
            assertIssue(result.issues().get(0), "G13", "Tổng số người dự", null, null);
        }

        @Test
        void blankRowTotalOfARowWithNobodyIsZero() {
            CheckResult result = check(ValidSheet.sheet().row(15, 3, "C02", "08/03/2024", "Hoãn"));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().sessions().get(2).total()).isZero();
        }
    }

    @Nested
    class UnitPeriodFormAndCluster {

        @Test
        void unknownUnit() {
            CheckResult result = check(ValidSheet.sheet().set("C3", "DV999"));

            assertRejectedOnlyFor(result, IssueCode.UNKNOWN_UNIT);
            Issue issue = result.issues().get(0);
            assertIssue(issue, "C3", "Mã đơn vị", "DV999", null);
            assertThat(issue.unit()).isEqualTo("DV999");
            assertThat(result.unitCode()).isEqualTo("DV999");
        }

        @Test
        void periodMismatch() {
            CheckResult result = check(ValidSheet.sheet().set("C5", "2006-GD2"));

            assertRejectedOnlyFor(result, IssueCode.PERIOD_MISMATCH);
            assertIssue(result.issues().get(0), "C5", "Kỳ báo cáo", "2006-GD2", "2007-GD1");
        }

        @Test
        void unknownForm() {
            CheckResult result = check(ValidSheet.sheet().set("C7", "Tự học"));

            assertRejectedOnlyFor(result, IssueCode.UNKNOWN_FORM);
            assertIssue(result.issues().get(0), "C7", "Hình thức tổ chức", "Tự học",
                    "Tự tổ chức, Mời báo cáo viên cấp trên, Ghép cụm");
        }

        @Test
        void clusterFormWithoutClusterCode() {
            CheckResult result = check(ValidSheet.sheet().set("C7", "ghép cụm"));

            assertRejectedOnlyFor(result, IssueCode.CLUSTER_CODE_MISSING);
            assertIssue(result.issues().get(0), "A8", "Mã cụm", "Ghép cụm", null);
        }

        @Test
        void clusterFormWithoutTheClusterLabel() {
            CheckResult result = check(ValidSheet.sheet().set("C7", "Ghép cụm").clearRow(8));

            assertRejectedOnlyFor(result, IssueCode.CLUSTER_CODE_MISSING);
            assertIssue(result.issues().get(0), null, "Mã cụm", "Ghép cụm", null);
        }

        @Test
        void clusterFormWithClusterCode() {
            CheckResult result = check(ValidSheet.sheet().set("C7", "Ghép cụm").set("C8", " CUM-03 "));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().form()).isEqualTo("Ghép cụm");
            assertThat(result.submission().clusterCode()).isEqualTo("CUM-03");
        }

        @Test
        void clusterCodeOfAnotherFormIsNotKept() {
            CheckResult result = check(ValidSheet.sheet().set("C8", "CUM-03"));

            assertThat(result.submission().clusterCode()).isNull();
        }
    }

    @Nested
    class BadCounts {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "C9|bốn mươi|NOT_A_NUMBER|" + CADRE_TOTAL + "|bốn mươi",
                "C9|-5|NEGATIVE|" + CADRE_TOTAL + "|-5",
                "C10|200,5|NOT_INTEGER|" + MASS_TOTAL + "|200,5",
                "E13|x|NOT_A_NUMBER|" + CADRE_ATTENDED + "|x",
                "F14|-50|NEGATIVE|" + MASS_ATTENDED + "|-50",
                "G14|12,5|NOT_INTEGER|Tổng số người dự|12,5",
                "F16|khoảng 170|NOT_A_NUMBER|Tổng cộng, " + MASS_ATTENDED + "|khoảng 170"})
        void textThatIsNotACountIsReportedAtItsCell(String cell, String text, IssueCode code, String subject,
                                                    String found) {
            CheckResult result = check(ValidSheet.sheet().set(cell, text));

            assertRejectedOnlyFor(result, code);
            assertIssue(result.issues().get(0), cell, subject, found, null);
        }

        @Test
        void numericCellsAreCheckedToo() {
            CheckResult result = check(ValidSheet.sheet().set("C9", 40.5).set("E14", -8).set("G13", true)
                    .set("G16", SheetBuilder.error("#VALUE!")));

            assertThat(result.issues()).extracting(Issue::code, Issue::cell, Issue::found).containsExactly(
                    tuple(IssueCode.NOT_INTEGER, "C9", "40.5"),
                    tuple(IssueCode.NOT_A_NUMBER, "G13", "true"),
                    tuple(IssueCode.NEGATIVE, "E14", "-8"),
                    tuple(IssueCode.CELL_ERROR, "G16", "#VALUE!"));
            assertThat(result.submission()).isNull();
        }
    }

    @Nested
    class Sums {

        @Test
        void rowTotalDifferentFromItsGroups() {
            CheckResult result = check(ValidSheet.sheet().set("G13", 151).set("G16", 209));

            assertRejectedOnlyFor(result, IssueCode.ROW_SUM_MISMATCH);
            assertIssue(result.issues().get(0), "G13", "Tổng số người dự", "151", "150");
        }

        @Test
        void totalRowDifferentFromTheRowsAbove() {
            CheckResult result = check(ValidSheet.sheet().set("F16", 171));

            assertRejectedOnlyFor(result, IssueCode.TOTAL_ROW_MISMATCH);
            assertIssue(result.issues().get(0), "F16", "Tổng cộng, " + MASS_ATTENDED, "171", "170");
        }

        @Test
        void totalColumnOfTheTotalRow() {
            CheckResult result = check(ValidSheet.sheet().set("G16", "2.080"));

            assertRejectedOnlyFor(result, IssueCode.TOTAL_ROW_MISMATCH);
            assertIssue(result.issues().get(0), "G16", "Tổng cộng, Tổng số người dự", "2080", "208");
        }

        @Test
        void missingTotalRowDoesNotTurnTheNotesBelowIntoSessions() {
            CheckResult result = check(ValidSheet.sheet().clearRow(16).set("B18", "Nguyễn Văn An")
                    .set("F18", "ký tên"));

            assertRejectedOnlyFor(result, IssueCode.TOTAL_ROW_MISMATCH);
            assertIssue(result.issues().get(0), null, "Tổng cộng", null, null);
        }

        @Test
        void noSessions() {
            CheckResult result = check(ValidSheet.sheet().clearRow(13).clearRow(14).set("C9", 0).set("C10", 0)
                    .row(16, "Tổng cộng", null, null, null, 0, 0, 0));

            assertRejectedOnlyFor(result, IssueCode.NO_SESSIONS);
            assertIssue(result.issues().get(0), "B12", "Mã cuộc", null, null);
        }

        @Test
        void noSessionsWithABlankTotalRow() {
            CheckResult result = check(ValidSheet.sheet().clearRow(13).clearRow(14).clearRow(16).set("C9", 0)
                    .set("C10", 0).row(16, "Tổng cộng"));

            assertRejectedOnlyFor(result, IssueCode.NO_SESSIONS);
        }
    }

    @Nested
    class Attendance {

        @Test
        void moreAttendeesThanMembers() {
            CheckResult result = check(ValidSheet.sheet().set("C9", 30));

            assertRejectedOnlyFor(result, IssueCode.OVER_TOTAL);
            assertIssue(result.issues().get(0), "C9", "Cán bộ chủ chốt và đảng viên", "38", "30");
        }

        @Test
        void lowRateIsAWarningAndKeepsTheFigures() {
            CheckResult result = check(ValidSheet.sheet().set("C10", 400));

            Issue issue = single(result, IssueCode.LOW_RATE);
            assertThat(result.issues()).hasSize(1);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertIssue(issue, "C10", "Quần chúng, công đoàn viên, hội viên", "42.50", "50");
            assertThat(result.submission().membership()).containsEntry(MASSES, 400L);
        }

        @Test
        void rateJustAtTheThresholdIsNotLow() {
            CheckResult result = check(ValidSheet.sheet().set("C10", 340));

            assertThat(result.issues()).isEmpty();
        }

        @Test
        void groupWithoutMembersHasNoRate() {
            CheckResult result = check(ValidSheet.sheet().set("C9", 0).set("E13", 0).set("E14", 0).set("E16", 0)
                    .set("G13", 120).set("G14", 50).set("G16", 170));

            assertThat(result.issues()).isEmpty();
            assertThat(result.submission().membership()).containsEntry(CADRES, 0L);
        }

        @Test
        void lateReportIsAWarning() {
            CheckResult result = check(ValidSheet.sheet().set("C6", "20/03/2024"));

            Issue issue = single(result, IssueCode.LATE);
            assertThat(result.issues()).hasSize(1);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertIssue(issue, "C6", "Ngày báo cáo", "20/03/2024", "15/03/2024");
            assertThat(result.accepted()).isTrue();
        }

        @Test
        void reportOnTheDeadlineIsInTime() {
            CheckResult result = check(ValidSheet.sheet().set("C6", TestCampaigns.DEADLINE));

            assertThat(result.issues()).isEmpty();
        }
    }

    @Nested
    class AllIssuesOfAFile {

        @Test
        void areCollectedAndStampedWithFileUnitAndSheet() {
            CheckResult result = check(ValidSheet.sheet().set("C5", "2006").set("C6", "25/03/2024")
                    .set("C7", "Học online").set("E13", "ba mươi").set("F16", 171).set("C10", 160));

            assertThat(result.issues()).extracting(Issue::code).containsExactly(IssueCode.PERIOD_MISMATCH,
                    IssueCode.LATE, IssueCode.UNKNOWN_FORM, IssueCode.NOT_A_NUMBER, IssueCode.TOTAL_ROW_MISMATCH,
                    IssueCode.OVER_TOTAL);
            assertThat(result.issues()).allSatisfy(issue -> {
                assertThat(issue.file()).isEqualTo(FILE);
                assertThat(issue.unit()).isEqualTo("DV001");
                assertThat(issue.sheet()).isEqualTo("BaoCao");
            });
            assertThat(result.submission()).isNull();
            assertThat(result.unitCode()).isEqualTo("DV001");
            assertThat(result.reportDate()).isEqualTo(LocalDate.of(2024, 3, 25));
        }
    }

    @Nested
    class Messages {

        /** One breakage per message variant the checker produces. */
        final List<UnaryOperator<SheetBuilder>> breakages = List.of(
                sheet -> sheet.set("A3", "Số hiệu"),
                sheet -> sheet.set("C3", null),
                sheet -> sheet.clearRow(5),
                sheet -> sheet.set("C6", "hôm qua"),
                sheet -> sheet.set("C3", "DV999"),
                sheet -> sheet.set("C5", "2006-GD2"),
                sheet -> sheet.set("C7", "Tự học"),
                sheet -> sheet.set("C7", "Ghép cụm"),
                sheet -> sheet.set("C7", "Ghép cụm").clearRow(8),
                sheet -> sheet.set("E13", "x"),
                sheet -> sheet.set("E13", -1),
                sheet -> sheet.set("E13", 1.5),
                sheet -> sheet.clearRow(13).clearRow(14),
                sheet -> sheet.set("F16", 1),
                sheet -> sheet.clearRow(16),
                sheet -> sheet.set("G13", 1),
                sheet -> sheet.set("C9", 1),
                sheet -> sheet.set("C6", "20/03/2024"),
                sheet -> sheet.set("C10", 1000));

        @Test
        void renderEveryIssueWithAllItsArguments() {
            List<Issue> issues = new ArrayList<>();
            breakages.forEach(breakage -> issues.addAll(check(breakage.apply(ValidSheet.sheet())).issues()));
            OutputTexts messages = OutputTexts.vietnamese();

            assertThat(issues).extracting(Issue::code).contains(IssueCode.NOT_A_SUBMISSION, IssueCode.MISSING_VALUE,
                    IssueCode.UNKNOWN_UNIT, IssueCode.PERIOD_MISMATCH, IssueCode.UNKNOWN_FORM,
                    IssueCode.CLUSTER_CODE_MISSING, IssueCode.NOT_A_NUMBER, IssueCode.NEGATIVE, IssueCode.NOT_INTEGER,
                    IssueCode.NO_SESSIONS, IssueCode.TOTAL_ROW_MISMATCH, IssueCode.ROW_SUM_MISMATCH,
                    IssueCode.OVER_TOTAL, IssueCode.LATE, IssueCode.LOW_RATE);
            assertThat(issues).allSatisfy(issue -> {
                String message = messages.message(issue);
                assertThat(message).as(issue.toString()).doesNotContain("{", "}", "—");
                if (issue.found() != null) {
                    assertThat(message).as(issue.toString()).contains(issue.found());
                }
            });
        }

        @Test
        void unreadableDateSaysWhatWasFoundAndWhatIsExpected() {
            Issue issue = single(check(ValidSheet.sheet().set("C6", "hôm qua")), IssueCode.MISSING_VALUE);

            assertThat(OutputTexts.vietnamese().message(issue))
                    .isEqualTo("Ô C6 (Ngày báo cáo) ghi “hôm qua”, không đọc được; đề nghị ghi theo dạng dd/mm/yyyy.");
        }
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
