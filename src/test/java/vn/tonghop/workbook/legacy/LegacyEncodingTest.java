package vn.tonghop.workbook.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.Workbook;

class LegacyEncodingTest {

    /** Every Vietnamese letter in lower case: the 12 bases, the vowels each with its five tones. */
    static final String LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụư"
            + "ừứửữựvxyỳýỷỹỵ";
    static final String UPPER = LOWER.toUpperCase(Locale.ROOT);

    @Test
    void theAlphabetHasEveryLetter() {
        assertThat(LOWER.codePoints().distinct().count()).isEqualTo(LOWER.length()).isEqualTo(89);
        assertThat(UPPER).hasSameSizeAs(LOWER);
    }

    @Test
    void everyLetterRoundTripsThroughVniInBothCases() {
        for (String letter : (LOWER + UPPER).split("")) {
            String typed = LegacyEncoding.VNI.fromUnicode(letter);
            assertThat(typed).as(letter).matches("[\\x20-\\xFF]{1,2}");
            assertThat(LegacyEncoding.VNI.toUnicode(typed)).as(letter + " typed " + typed).isEqualTo(letter);
        }
        assertThat(LegacyEncoding.VNI.toUnicode(LegacyEncoding.VNI.fromUnicode(LOWER + " " + UPPER)))
                .isEqualTo(LOWER + " " + UPPER);
    }

    @Test
    void everyLowerCaseLetterRoundTripsThroughTcvn3AndCapitalsThroughTheCapitalsFont() {
        for (String letter : LOWER.split("")) {
            String typed = LegacyEncoding.TCVN3.fromUnicode(letter);
            assertThat(typed).as(letter).matches("[\\x20-\\xFF]");
            assertThat(LegacyEncoding.TCVN3.toUnicode(typed)).as(letter + " typed " + typed).isEqualTo(letter);
        }
        // TCVN3 codes the capitals Ă Â Ê Ô Ơ Ư Đ only; .VnTimeH shows the lower-case codes as capitals
        assertThat(LegacyEncoding.TCVN3.toUnicode(LegacyEncoding.TCVN3.fromUnicode("ĂÂÊÔƠƯĐ"))).isEqualTo("ĂÂÊÔƠƯĐ");
        assertThat(LegacyEncoding.TCVN3.toUnicode(LegacyEncoding.TCVN3.fromUnicode(UPPER)))
                .isEqualToIgnoringCase(UPPER);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TCVN3|Tæng sè ®¶ng viªn|Tổng số đảng viên",
            "TCVN3|c¸n bé chñ chèt vµ ®¶ng viªn dù|cán bộ chủ chốt và đảng viên dự",
            "TCVN3|§Þa ®iÓm|Địa điểm",
            "TCVN3|QuÇn chóng, c«ng ®oµn viªn, héi viªn|Quần chúng, công đoàn viên, hội viên",
            "VNI|Toång soá ñaûng vieân|Tổng số đảng viên",
            "VNI|VIEÄT NAM|VIỆT NAM",
            "VNI|ñöôïc|được",
            "VNI|Ñòa ñieåm|Địa điểm",
            "VNI|Quaàn chuùng, coâng ñoaøn vieân, hoäi vieân|Quần chúng, công đoàn viên, hội viên"})
    void textAsTypedWithTheLegacyFonts(LegacyEncoding encoding, String typed, String unicode) {
        assertThat(encoding.toUnicode(typed)).isEqualTo(unicode);
        assertThat(encoding.fromUnicode(unicode)).isEqualTo(typed);
    }

    static Workbook workbookOf(String... texts) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(new Cell(0, i, new CellValue.Text(texts[i])));
        }
        cells.add(new Cell(0, texts.length, new CellValue.Numeric(java.math.BigDecimal.TEN)));
        return new Workbook(Path.of("DV001.xls"), List.of(new Sheet("BC", List.of(new Row(0, cells)))));
    }

    static List<Object> values(Workbook workbook) {
        return workbook.sheets().get(0).rows().get(0).cells().stream().map(c -> (Object) c.value()).toList();
    }

    @Test
    void aTcvn3WorkbookIsConvertedCellByCellEvenWhereTheCodesAreShared() {
        Workbook converted = UnicodeConversion.toUnicode(workbookOf("Tæng sè", "M· ®¬n vÞ", "V¨n phßng TØnh ñy"));

        assertThat(values(converted)).containsExactly(new CellValue.Text("Tổng số"), new CellValue.Text("Mã đơn vị"),
                new CellValue.Text("Văn phòng Tỉnh ủy"), new CellValue.Numeric(java.math.BigDecimal.TEN));
    }

    @Test
    void aVniWorkbookIsConverted() {
        Workbook converted = UnicodeConversion.toUnicode(workbookOf("Toång soá", "Maõ ñôn vò", "Hoäi tröôøng"));

        assertThat(values(converted)).startsWith(new CellValue.Text("Tổng số"), new CellValue.Text("Mã đơn vị"),
                new CellValue.Text("Hội trường"));
    }

    static Workbook workbookOfFonts(String font, String... texts) {
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(new Cell(0, i, new CellValue.Text(texts[i]), font));
        }
        return new Workbook(Path.of("DV001.xlsx"), List.of(new Sheet("BC", List.of(new Row(0, cells)))));
    }

    @Test
    void theFontTellsTheEncodingWhereTheCodesAloneCannot() {
        // "Tæng sè" has no code that only TCVN3 uses: without the font it is left as it is
        assertThat(UnicodeConversion.toUnicode(workbookOf("Tæng sè"))).isEqualTo(workbookOf("Tæng sè"));

        assertThat(values(UnicodeConversion.toUnicode(workbookOfFonts(".VnTime", "Tæng sè"))))
                .containsExactly(new CellValue.Text("Tổng số"));
        assertThat(values(UnicodeConversion.toUnicode(workbookOfFonts("VNI-Times", "Soá lieäu"))))
                .containsExactly(new CellValue.Text("Số liệu"));
    }

    @Test
    void textInATcvn3CapitalsFontIsConvertedToCapitals() {
        assertThat(values(UnicodeConversion.toUnicode(workbookOfFonts(".VnTimeH", "b¸o c¸o kÕt qu¶ häc tËp"))))
                .containsExactly(new CellValue.Text("BÁO CÁO KẾT QUẢ HỌC TẬP"));
    }

    @Test
    void unicodeTextIsNeverConvertedEvenInALegacyFont() {
        Workbook unicode = workbookOfFonts(".VnTime", "Tổng số", "Hội trường");

        assertThat(UnicodeConversion.toUnicode(unicode)).isSameAs(unicode);
    }

    @Test
    void unicodeTextIsNeverConverted() {
        Workbook unicode = workbookOf("Tổng số", "Mã đơn vị", "«Cà Mau»", "Hội trường", "Ghi chú: xem © ¶");

        assertThat(UnicodeConversion.toUnicode(unicode)).isSameAs(unicode);
    }

    @Test
    void unicodeCellsOfALegacyWorkbookStayAsTheyAre() {
        Workbook converted = UnicodeConversion.toUnicode(workbookOf("Tæng sè c¸n bé", "§¶ng ñy", "Hội trường"));

        assertThat(values(converted)).startsWith(new CellValue.Text("Tổng số cán bộ"), new CellValue.Text("Đảng ủy"),
                new CellValue.Text("Hội trường"));
    }
}
