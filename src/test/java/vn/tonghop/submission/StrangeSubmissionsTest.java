package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.submission.TestCampaigns.CADRES;
import static vn.tonghop.submission.TestCampaigns.MASSES;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.SheetVisibility;
import vn.tonghop.workbook.Workbook;

/** Workbooks built to mislead: hidden or doubled report sheets, doubled labels, absurd dates, invisible characters. */
class StrangeSubmissionsTest {

    static final String FILE = "DV001.xlsx";

    final SubmissionChecker checker = new SubmissionChecker();
    final Campaign campaign = TestCampaigns.twoGroups();

    CheckResult check(Sheet... sheets) {
        return checker.check(new Workbook(Path.of(FILE), List.of(sheets)), FILE, campaign);
    }

    static Sheet hidden(SheetBuilder builder, String name) {
        Sheet sheet = builder.build();
        return new Sheet(name, sheet.rows(), SheetVisibility.HIDDEN);
    }

    /** Another unit's figures, so that reading the wrong sheet shows in the figures. */
    static SheetBuilder otherFigures() {
        return ValidSheet.sheet().row(13, 1, "C01", LocalDate.of(2024, 3, 1), "Hội trường xã", 1, 1, 2)
                .row(14, 2, null, "05/03/2024", "Nhà văn hóa thôn", 1, 1, 2).row(16, "Tổng cộng", null, null, null,
                        2, 2, 4);
    }

    @Test
    void aHiddenSheetBeforeTheVisibleReportIsNotRead() {
        CheckResult result = check(hidden(otherFigures(), "Nhap"), ValidSheet.sheet().build());

        assertThat(result.issues()).isEmpty();
        assertThat(result.submission().sheet()).isEqualTo(ValidSheet.SHEET);
        assertThat(result.submission().sessions()).extracting(SessionRow::total).containsExactly(150L, 58L);
    }

    @Test
    void aHiddenSheetAloneIsReadWithAWarning() {
        CheckResult result = check(hidden(ValidSheet.sheet(), "An"));

        assertThat(result.issues()).extracting(Issue::code, Issue::sheet).containsExactly(
                org.assertj.core.groups.Tuple.tuple(IssueCode.HIDDEN_SHEET, "An"));
        assertThat(result.submission().membership()).containsExactly(Map.entry(CADRES, 40L),
                Map.entry(MASSES, 200L));
        assertThat(OutputTexts.vietnamese().message(result.issues().get(0)))
                .isEqualTo("Số liệu được đọc từ trang tính đang ẩn “An”, trang duy nhất điền theo mẫu. "
                        + "Đề nghị kiểm tra lại đó đúng là trang báo cáo.");
    }

    @Test
    void twoFilledReportSheetsAreAmbiguousNamingBoth() {
        Sheet second = new Sheet("BaoCao2", otherFigures().build().rows());
        CheckResult result = check(ValidSheet.sheet().build(), second);

        assertThat(result.submission()).isNull();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.AMBIGUOUS_SHEET);
            assertThat(issue.found()).isEqualTo("BaoCao");
            assertThat(issue.expected()).isEqualTo("BaoCao2");
            assertThat(issue.unit()).isEqualTo("DV001");
        });
    }

    @Test
    void ofTwoReportSheetsTheOneOfTheJobsPeriodIsTheReport() {
        Sheet lastPeriod = new Sheet("KyTruoc", otherFigures().row(5, "Kỳ báo cáo", null, "2006-GD2").build().rows());
        CheckResult result = check(lastPeriod, ValidSheet.sheet().build());

        assertThat(result.issues()).isEmpty();
        assertThat(result.submission().sheet()).isEqualTo(ValidSheet.SHEET);
    }

    @Test
    void aLabelGivenTwiceWithDifferentValuesNamesBothCells() {
        CheckResult result = check(ValidSheet.sheet().row(11, "Tổng số cán bộ chủ chốt và đảng viên", null, 45).build());

        assertThat(result.submission()).isNull();
        Issue issue = SubmissionCheckerTest.single(result, IssueCode.DUPLICATE_LABEL);
        SubmissionCheckerTest.assertIssue(issue, "C11", "Tổng số cán bộ chủ chốt và đảng viên", "45", "C9");
    }

    @Test
    void aLabelGivenTwiceWithTheSameValueIsHarmless() {
        CheckResult result = check(ValidSheet.sheet().row(11, "Tổng số cán bộ chủ chốt và đảng viên", null, 40).build());

        assertThat(result.issues()).isEmpty();
    }

    @Test
    void aReportDateInTheYear9999IsOutOfRangeNotLate() {
        CheckResult result = check(ValidSheet.sheet().set("C6", LocalDate.of(9999, 12, 31)).build());

        assertThat(result.issues()).extracting(Issue::code).containsExactly(IssueCode.DATE_OUT_OF_RANGE);
        SubmissionCheckerTest.assertIssue(result.issues().get(0), "C6", "Ngày báo cáo", "31/12/9999",
                "15/03/2023 – 15/03/2025");
    }

    @Test
    void invisibleCharactersInCodesAndLabelsAreTolerated() {
        CheckResult result = check(ValidSheet.sheet()
                .set("C3", "\u200BDV\u200B001\u200E")
                .set("A5", "K\u200Dỳ báo\u00A0cáo")
                .build());

        assertThat(result.issues()).isEmpty();
        assertThat(result.unitCode()).isEqualTo("DV001");
    }

    @Test
    void formulaNoiseInCountsIsTolerated() {
        CheckResult result = check(ValidSheet.sheet()
                .set("E13", new BigDecimal("30.000000000000004"))
                .set("G16", new BigDecimal("207.99999999999997"))
                .build());

        assertThat(result.issues()).isEmpty();
        assertThat(result.submission().sessions().get(0).attended()).containsEntry(CADRES, 30L);
    }

    @Test
    void countsBeyondTheMaximumAreRefusedNotWrappedAround() {
        // two rows of 2^62 add up to 2^63, a negative number in 64 bits: the wrong total would have passed
        String half = "4611686018427387904";
        CheckResult result = check(ValidSheet.sheet()
                .set("E13", new BigDecimal(half)).set("G13", new BigDecimal(half).add(BigDecimal.valueOf(120)))
                .set("E14", new BigDecimal(half)).set("G14", new BigDecimal(half).add(BigDecimal.valueOf(50)))
                .set("E16", new BigDecimal("-9223372036854775808")).set("G16", 208)
                .build());

        assertThat(result.submission()).isNull();
        assertThat(result.issues()).extracting(Issue::code).contains(IssueCode.COUNT_TOO_LARGE)
                .doesNotContain(IssueCode.INTERNAL_ERROR);
        assertThat(result.issues()).filteredOn(i -> i.code() == IssueCode.COUNT_TOO_LARGE).extracting(Issue::cell)
                .containsExactly("E13", "G13", "E14", "G14");
    }
}
