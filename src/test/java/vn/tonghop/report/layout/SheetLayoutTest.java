package vn.tonghop.report.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The print decision from the column widths: A4 landscape with half-inch sides holds 769.9 points; a column of n
 * characters is 7n pixels, 5.25n points; Excel fits with a whole percentage; body text is Calibri 11.
 */
class SheetLayoutTest {

    private static XSSFSheet sheetWithColumns(XSSFWorkbook workbook, int... widths) {
        XSSFSheet sheet = workbook.createSheet();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return sheet;
    }

    @Test
    void aListThatStaysReadableWhenFittedPrintsOnePageWide() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // 190 characters: 997.5 points on 769.9, fitted at 77%, text at 8.47 points
            XSSFSheet sheet = sheetWithColumns(workbook, 100, 90);
            SheetLayout.list(sheet, 1, 1, 1, 2);

            assertThat(SheetLayout.contentWidth(sheet, 1)).isCloseTo(997.5, within(0.01));
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as("as many pages tall as it takes").isZero();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(SheetLayout.printedPoints(sheet, 1, 0)).isCloseTo(8.47, within(0.001));
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(sheet.getRepeatingColumns()).as("one page wide: nothing to repeat across").isNull();
        }
    }

    @Test
    void aListThatFittingWouldShrinkBelowEightPointsSpreadsOverPagesAtFullSize() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // 200 characters: 1050 points, fitted at 73% the text would be 8.03 points... 201 would be 72%, 7.92
            XSSFSheet readable = sheetWithColumns(workbook, 100, 100);
            SheetLayout.list(readable, 1, 0, 0, 1);
            assertThat(readable.getFitToPage()).isTrue();
            assertThat(SheetLayout.printedPoints(readable, 1, 0)).isCloseTo(8.03, within(0.001));

            XSSFSheet tooWide = sheetWithColumns(workbook, 100, 101);
            SheetLayout.list(tooWide, 1, 0, 0, 1);
            assertThat(tooWide.getFitToPage()).isFalse();
            assertThat(tooWide.getPrintSetup().getScale()).isEqualTo((short) 100);
            assertThat(SheetLayout.printedPoints(tooWide, 1, 0)).isEqualTo(11);
            assertThat(tooWide.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(tooWide.getRepeatingColumns().formatAsString()).as("the key column on every page across")
                    .isEqualTo("A:A");
        }
    }

    @Test
    void aOnePageSheetTakesTheOrientationThatPrintsItLarger() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            // 100 characters wide, 60 rows of 15 points: portrait 523.3/525 wide, 733.9/900 tall -> 81%;
            // landscape fits the width but only 487.3/900 tall -> 54%
            XSSFSheet sheet = sheetWithColumns(workbook, 100);
            for (int r = 0; r < 60; r++) {
                sheet.createRow(r).setHeightInPoints(15);
            }
            SheetLayout.onePage(sheet, 0, 59);

            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(SheetLayout.printedPoints(sheet, 0, 59)).isCloseTo(11 * 0.81, within(0.001));
        }
    }

    @Test
    void everyPageSaysItsCampaignCutOffAndNumber() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách lỗi");
            SheetLayout.runningHeader(sheet, new PageHeading("Học tập & làm theo", "Số liệu đến ngày 30/06/2007",
                    "Trang {0}/{1}"));

            assertThat(sheet.getHeader().getLeft()).as("a literal & doubled").isEqualTo("Học tập && làm theo");
            assertThat(sheet.getHeader().getRight()).isEqualTo("Số liệu đến ngày 30/06/2007");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("&A");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Trang &P/&N");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
        }
    }
}
