package vn.tonghop.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mã đơn vị", "MA DON VI", "mã đơn vị:", "  Mã  đơn\u00A0vị :  ", "MÃ ĐƠN VỊ", "Mã\nđơn vị",
            "ma don vi", "MÃ ÐƠN VỊ"})
    void variantsOfTheUnitCodeLabelMatch(String written) {
        assertThat(Labels.matches(written, "Mã đơn vị")).isTrue();
    }

    @Test
    void decomposedAccentsMatchComposedOnes() {
        String nfd = Normalizer.normalize("Tổng số người dự", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Tổng số người dự");

        assertThat(Labels.matches(nfd, "Tổng số người dự")).isTrue();
        assertThat(Labels.matches("Tổng số người dự", nfd)).isTrue();
    }

    @Test
    void otherWordingsDoNotMatch() {
        assertThat(Labels.matches("Đảng viên dự", "Tổng số đảng viên")).isFalse();
        assertThat(Labels.matches("Mã đơn vị cấp trên", "Mã đơn vị")).isFalse();
        assertThat(Labels.matches("Mã cuộc", "Mã cụm")).isFalse();
        assertThat(Labels.matches("Tổng cộng", "Tổng số người dự")).isFalse();
    }

    @Test
    void foldGivesTheComparisonKey() {
        assertThat(Labels.fold(" Quần chúng,\tcông đoàn viên,\r\nhội viên dự: ")).isEqualTo(
                "quan chung, cong doan vien, hoi vien du");
        assertThat(Labels.fold("Đ đ")).isEqualTo("d d");
        assertThat(Labels.fold(null)).isEmpty();
    }

    @Test
    void nullCellTextMatchesNothing() {
        assertThat(Labels.matches(null, "Mã đơn vị")).isFalse();
    }

    /** A cell beside a label is blank exactly when its tidied text is empty: spacing, invisible and control marks. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0\t\n", "\u200B", " \uFEFF\u00AD ", "\u001C\u001F", "\u3000",
        "x", " đ ", "\u001C a", "\u200Bx", "0", "\uD83C\uDDFB", "\u0000"})
    void blankIsWhatTidyLeavesEmpty(String text) {
        assertThat(Labels.isBlank(text)).as("[%s]", text).isEqualTo(Labels.tidy(text).isEmpty());
    }

    @Test
    void onlySpacingAndInvisibleMarksAreBlank() {
        assertThat(Labels.isBlank(" \u00A0\u200B\r\n")).isTrue();
        assertThat(Labels.isBlank(" - ")).isFalse();
        assertThat(Labels.isBlank(null)).isFalse();
    }

    @Test
    void tidyCollapsesSpacingButKeepsCaseAndAccents() {
        assertThat(Labels.tidy("\u00A0Chi bộ\n Thôn 1 ")).isEqualTo("Chi bộ Thôn 1");
        assertThat(Labels.tidy(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mã đơn vị", "MA DON VI", "  Mã  đơn\u00A0vị :  ", "Tổng cộng", "Σ ΣΑΣ", ""})
    void labelFoldsGiveTheSameKeysAsFoldAndMatchAlike(String written) {
        LabelFolds folds = new LabelFolds();

        assertThat(folds.fold(written)).isEqualTo(Labels.fold(written));
        assertThat(folds.fold(written)).as("from the cache").isEqualTo(Labels.fold(written));
        assertThat(folds.fold(written).equals(folds.fold("Mã đơn vị")))
                .isEqualTo(Labels.matches(written, "Mã đơn vị"));
    }

    @Test
    void labelFoldsFoldNullToNothingAndKeepWorkingPastTheirBound() {
        LabelFolds folds = new LabelFolds();
        for (int i = 0; i < 10_000; i++) {
            assertThat(folds.fold("Dòng " + i)).isEqualTo("dong " + i);
        }

        assertThat(folds.fold("MÃ ĐƠN VỊ:")).isEqualTo(folds.fold("Mã đơn vị"));
        assertThat(folds.fold(null)).isEmpty();
    }
}
