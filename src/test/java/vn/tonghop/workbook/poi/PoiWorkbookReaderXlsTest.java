package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.workbook.poi.ReadingHelper.readUnchanged;
import static vn.tonghop.workbook.poi.TestFiles.valueAt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.Workbook;

class PoiWorkbookReaderXlsTest {

    @TempDir
    Path dir;

    private Path xls(String name, boolean computeFormulas) throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        PoiWorkbookReaderXlsxTest.fillReport(workbook);
        if (computeFormulas) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        return TestFiles.write(workbook, dir.resolve(name));
    }

    @Test
    void readsSheetsInOrderWithEachKindOfValue() throws Exception {
        Workbook workbook = readUnchanged(xls("don-vi.xls", true));

        assertThat(workbook.sheets()).extracting(Sheet::name).containsExactly("Báo cáo", "Ghi chú", "Trống");
        Sheet report = workbook.sheets().get(0);
        PoiWorkbookReaderXlsxTest.assertEachKindOfValue(report);
    }

    @Test
    void keepsTextAsTypedAndLeavesOutBlankCells() throws Exception {
        Sheet report = readUnchanged(xls("don-vi.xls", true)).sheets().get(0);

        String nfd = Normalizer.normalize("Đảng bộ xã Tân Lập", Normalizer.Form.NFD);
        String nfc = Normalizer.normalize("Đảng bộ xã Tân Lập", Normalizer.Form.NFC);
        assertThat(valueAt(report, "C4")).isEqualTo(new CellValue.Text(nfd));
        assertThat(valueAt(report, "D4")).isEqualTo(new CellValue.Text(nfc));
        assertThat(valueAt(report, "A7")).isEqualTo(new CellValue.Text("  Đã nộp  "));
        assertThat(report.rows()).extracting(Row::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13);
        assertThat(report.rows().get(2).cells()).extracting(Cell::address).containsExactly("A3", "C3");
        assertThat(report.rows().get(11).cell(5).orElseThrow().address()).isEqualTo("F14");
    }

    @Test
    void usesCachedFormulaResults() throws Exception {
        assertTotals(readUnchanged(xls("da-tinh.xls", true)).sheets().get(0));
    }

    @Test
    void computesFormulasWrittenWithoutCalculation() throws Exception {
        assertTotals(readUnchanged(xls("chua-tinh.xls", false)).sheets().get(0));
    }

    @Test
    void decidesTheFormatByContentNotByExtension() throws Exception {
        Path renamed = Files.move(xls("that-ra-xls.xls", true), dir.resolve("that-ra-xls.xlsx"));

        assertTotals(readUnchanged(renamed).sheets().get(0));
    }

    private static void assertTotals(Sheet report) {
        assertThat(valueAt(report, "A14")).isEqualTo(new CellValue.Text("Tổng cộng"));
        assertThat(valueAt(report, "E14")).isEqualTo(new CellValue.Numeric(new BigDecimal("60.5")));
        assertThat(valueAt(report, "F14")).isEqualTo(new CellValue.Numeric(new BigDecimal("12")));
        assertThat(valueAt(report, "G14")).isEqualTo(new CellValue.Numeric(new BigDecimal("72.5")));
        assertThat(valueAt(report, "H14")).isEqualTo(new CellValue.Text("Tổng: 72.5"));
        assertThat(valueAt(report, "I14")).isEqualTo(new CellValue.Bool(true));
        assertThat(valueAt(report, "J14")).isEqualTo(new CellValue.Error("#DIV/0!"));
    }
}
