package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.workbook.poi.ReadingHelper.readUnchanged;
import static vn.tonghop.workbook.poi.TestFiles.cell;
import static vn.tonghop.workbook.poi.TestFiles.dateCell;
import static vn.tonghop.workbook.poi.TestFiles.valueAt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Workbook;

class PoiWorkbookReaderXlsxTest {

    private static final String UNIT_NAME_NFC = Normalizer.normalize("Đảng bộ xã Tân Lập", Normalizer.Form.NFC);
    private static final String UNIT_NAME_NFD = Normalizer.normalize("Đảng bộ xã Tân Lập", Normalizer.Form.NFD);

    @TempDir
    Path dir;

    /** A submission-like sheet: labels with gaps, a session table and a Tổng cộng row of formulas. */
    /** What {@link #fillReport} wrote, as the reader must give it back, whatever the format. */
    static void assertEachKindOfValue(vn.tonghop.workbook.Sheet report) {
        assertThat(valueAt(report, "C3")).isEqualTo(new CellValue.Text("DV01"));
        assertThat(valueAt(report, "C5")).isEqualTo(new CellValue.DateTime(LocalDateTime.of(2024, 3, 15, 0, 0)));
        assertThat(valueAt(report, "C6")).isEqualTo(new CellValue.Text("15/03/2024"));
        assertThat(valueAt(report, "C7")).isEqualTo(new CellValue.Bool(true));
        assertThat(valueAt(report, "D2")).isEqualTo(new CellValue.Error("#DIV/0!"));
        assertThat(valueAt(report, "E11")).isEqualTo(new CellValue.Numeric(new BigDecimal("10")));
        assertThat(valueAt(report, "E12")).isEqualTo(new CellValue.Numeric(new BigDecimal("20.5")));
    }

    static void fillReport(org.apache.poi.ss.usermodel.Workbook workbook) {
        Sheet report = workbook.createSheet("Báo cáo");
        cell(report, 0, 0).setCellValue("BÁO CÁO KẾT QUẢ HỌC TẬP");
        cell(report, 1, 3).setCellErrorValue(FormulaError.DIV0.getCode());
        cell(report, 2, 0).setCellValue("Mã đơn vị");
        cell(report, 2, 2).setCellValue("DV01");
        cell(report, 3, 0).setCellValue(Normalizer.normalize("Tên đơn vị", Normalizer.Form.NFD));
        cell(report, 3, 2).setCellValue(UNIT_NAME_NFD);
        cell(report, 3, 3).setCellValue(UNIT_NAME_NFC);
        cell(report, 4, 0).setCellValue("Ngày báo cáo");
        dateCell(report, 4, 2, LocalDate.of(2024, 3, 15));
        cell(report, 5, 0).setCellValue("Ngày học");
        cell(report, 5, 2).setCellValue("15/03/2024");
        cell(report, 6, 0).setCellValue("  Đã nộp  ");
        cell(report, 6, 2).setCellValue(true);
        cell(report, 7, 0).setCellValue("   ");
        cell(report, 7, 1).setCellValue("");
        cell(report, 9, 0).setCellValue("STT");
        cell(report, 9, 4).setCellValue("Cán bộ chủ chốt và đảng viên dự");
        cell(report, 9, 5).setCellValue("Quần chúng, công đoàn viên, hội viên dự");
        double[][] counts = {{10, 5}, {20.5, 0}, {30, 7}};
        for (int i = 0; i < counts.length; i++) {
            cell(report, 10 + i, 0).setCellValue(i + 1);
            cell(report, 10 + i, 4).setCellValue(counts[i][0]);
            if (counts[i][1] != 0) {
                cell(report, 10 + i, 5).setCellValue(counts[i][1]);
            }
        }
        cell(report, 13, 0).setCellValue("Tổng cộng");
        cell(report, 13, 4).setCellFormula("SUM(E11:E13)");
        cell(report, 13, 5).setCellFormula("SUM(F11:F13)");
        cell(report, 13, 6).setCellFormula("E14+F14");
        cell(report, 13, 7).setCellFormula("\"Tổng: \"&G14");
        cell(report, 13, 8).setCellFormula("G14>50");
        cell(report, 13, 9).setCellFormula("1/0");
        workbook.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Số liệu tạm tính");
        workbook.createSheet("Trống");
    }

    private Path xlsx(String name, boolean computeFormulas) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        fillReport(workbook);
        if (computeFormulas) {
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }
        return TestFiles.write(workbook, dir.resolve(name));
    }

    @Test
    void readsSheetNamesInWorkbookOrderIncludingEmptySheets() throws Exception {
        Workbook workbook = readUnchanged(xlsx("don-vi.xlsx", true));

        assertThat(workbook.sheets()).extracting(vn.tonghop.workbook.Sheet::name)
                .containsExactly("Báo cáo", "Ghi chú", "Trống");
        assertThat(workbook.sheets().get(2).rows()).isEmpty();
        assertThat(valueAt(workbook.sheets().get(1), "A1")).isEqualTo(new CellValue.Text("Số liệu tạm tính"));
    }

    @Test
    void readsAWorkbookSavedAsAnExcelTemplate() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        fillReport(workbook);
        Path xlsx = TestFiles.write(workbook, dir.resolve("bao-cao.xlsx"));
        // what Excel's "Save as template" changes: the main part's content type
        Path file = TestFiles.rewritePart(xlsx, dir.resolve("mau-bao-cao.xltx"), "[Content_Types].xml",
                types -> types.replace(XSSFRelation.WORKBOOK.getContentType(),
                        XSSFRelation.TEMPLATE_WORKBOOK.getContentType()));
        assertThat(Files.readAllBytes(file)).isNotEqualTo(Files.readAllBytes(xlsx));

        assertEachKindOfValue(readUnchanged(file).sheets().get(0));
    }

    @Test
    void readsEachKindOfValueAtItsA1Address() throws Exception {
        assertEachKindOfValue(readUnchanged(xlsx("don-vi.xlsx", true)).sheets().get(0));
    }

    @Test
    void keepsTextAsTypedIncludingUnicodeNormalisationAndSpaces() throws Exception {
        vn.tonghop.workbook.Sheet report = readUnchanged(xlsx("don-vi.xlsx", true)).sheets().get(0);

        assertThat(UNIT_NAME_NFD).isNotEqualTo(UNIT_NAME_NFC);
        assertThat(valueAt(report, "C4")).isEqualTo(new CellValue.Text(UNIT_NAME_NFD));
        assertThat(valueAt(report, "D4")).isEqualTo(new CellValue.Text(UNIT_NAME_NFC));
        assertThat(valueAt(report, "A7")).isEqualTo(new CellValue.Text("  Đã nộp  "));
    }

    @Test
    void leavesOutBlankCellsAndRowsAndKeepsGapsInAddresses() throws Exception {
        vn.tonghop.workbook.Sheet report = readUnchanged(xlsx("don-vi.xlsx", true)).sheets().get(0);

        // row 8 holds only blank text, rows 9 and 2's empty cells were never written
        assertThat(report.rows()).extracting(Row::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13);
        Row third = report.rows().get(2);
        assertThat(third.cells()).extracting(Cell::address).containsExactly("A3", "C3");
        assertThat(report.rows().get(9).cells()).extracting(Cell::address).containsExactly("A12", "E12");
        Cell f14 = report.rows().get(11).cell(5).orElseThrow();
        assertThat(f14.address()).isEqualTo("F14");
        assertThat(f14.row()).isEqualTo(13);
    }

    @Test
    void usesCachedFormulaResults() throws Exception {
        vn.tonghop.workbook.Sheet report = readUnchanged(xlsx("da-tinh.xlsx", true)).sheets().get(0);

        assertTotals(report);
    }

    @Test
    void computesFormulasThatHaveNoStoredResult() throws Exception {
        Path file = xlsx("chua-tinh.xlsx", false);
        assertThat(sheetXml(file)).contains("<f>SUM(E11:E13)</f></c>");

        assertTotals(readUnchanged(file).sheets().get(0));
    }

    @Test
    void computesFormulasWhoseStoredResultIsEmptyAsOpenpyxlWritesThem() throws Exception {
        Path file = TestFiles.rewritePart(xlsx("poi.xlsx", false), dir.resolve("openpyxl.xlsx"),
                "xl/worksheets/sheet1.xml", xml -> xml.replace("</f></c>", "</f><v></v></c>"));
        assertThat(sheetXml(file)).contains("<f>SUM(E11:E13)</f><v></v>");

        assertTotals(readUnchanged(file).sheets().get(0));
    }

    @Test
    void formulaThatCannotBeComputedBecomesAnErrorValue() throws Exception {
        Path file = TestFiles.rewritePart(xlsx("poi.xlsx", false), dir.resolve("ham-la.xlsx"),
                "xl/worksheets/sheet1.xml", xml -> xml.replace("SUM(E11:E13)", "_xlfn.NO_SUCH_FUNCTION(E11:E13)"));

        vn.tonghop.workbook.Sheet report = readUnchanged(file).sheets().get(0);

        assertThat(valueAt(report, "E14")).isEqualTo(new CellValue.Error("#FORMULA"));
        assertThat(valueAt(report, "F14")).isEqualTo(new CellValue.Numeric(new BigDecimal("12")));
    }

    @Test
    void readsInlineStringsAsStreamingWritersStoreThem() throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, false);
        Sheet sheet = workbook.createSheet("Inline");
        cell(sheet, 0, 0).setCellValue(UNIT_NAME_NFD);
        cell(sheet, 0, 1).setCellValue(45);
        cell(sheet, 19, 27).setCellValue("xa");
        Path file = TestFiles.write(workbook, dir.resolve("inline.xlsx"));
        assertThat(sheetXml(file)).contains("t=\"inlineStr\"");

        vn.tonghop.workbook.Sheet read = readUnchanged(file).sheets().get(0);

        assertThat(valueAt(read, "A1")).isEqualTo(new CellValue.Text(UNIT_NAME_NFD));
        assertThat(valueAt(read, "B1")).isEqualTo(new CellValue.Numeric(new BigDecimal("45")));
        assertThat(valueAt(read, "AB20")).isEqualTo(new CellValue.Text("xa"));
    }

    @Test
    void placesCellsWithoutReferenceByCountingAlongTheRow() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Không r");
        cell(sheet, 1, 0).setCellValue("Mã đơn vị");
        cell(sheet, 1, 1).setCellValue("DV07");
        cell(sheet, 1, 2).setCellValue(12);
        cell(sheet, 4, 0).setCellValue("Tổng cộng");
        cell(sheet, 4, 1).setCellValue(3);
        Path file = TestFiles.rewritePart(TestFiles.write(workbook, dir.resolve("co-r.xlsx")), dir.resolve("khong-r.xlsx"),
                "xl/worksheets/sheet1.xml", xml -> xml.replaceAll("(<c[^>]*?) r=\"[A-Z]+[0-9]+\"", "$1"));
        assertThat(sheetXml(file)).doesNotContain("r=\"B2\"");

        vn.tonghop.workbook.Sheet read = readUnchanged(file).sheets().get(0);

        assertThat(read.rows()).flatExtracting(Row::cells).extracting(Cell::address)
                .containsExactly("A2", "B2", "C2", "A5", "B5");
        assertThat(valueAt(read, "C2")).isEqualTo(new CellValue.Numeric(new BigDecimal("12")));
    }

    @Test
    void placesRowsWithoutReferenceAfterThePreviousRow() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Không r");
        cell(sheet, 0, 0).setCellValue("STT");
        cell(sheet, 0, 1).setCellValue("Mã cuộc");
        cell(sheet, 1, 0).setCellValue(1);
        cell(sheet, 1, 1).setCellValue("C01");
        Path file = TestFiles.rewritePart(TestFiles.write(workbook, dir.resolve("co-r.xlsx")), dir.resolve("khong-r.xlsx"),
                "xl/worksheets/sheet1.xml", xml -> xml.replaceAll("(<(c|row)[^>]*?) r=\"[A-Z]*[0-9]+\"", "$1"));
        assertThat(sheetXml(file)).doesNotContain(" r=\"");

        vn.tonghop.workbook.Sheet read = readUnchanged(file).sheets().get(0);

        assertThat(read.rows()).flatExtracting(Row::cells).extracting(Cell::address)
                .containsExactly("A1", "B1", "A2", "B2");
        assertThat(valueAt(read, "B2")).isEqualTo(new CellValue.Text("C01"));
    }

    @Test
    void readsMacroEnabledWorkbooks() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        cell(workbook.createSheet("Macro"), 2, 1).setCellValue("Tự tổ chức");
        Path file = TestFiles.write(workbook, dir.resolve("don-vi.xlsm"));

        assertThat(valueAt(readUnchanged(file).sheets().get(0), "B3")).isEqualTo(new CellValue.Text("Tự tổ chức"));
    }

    @Test
    void readsDatesOfWorkbooksCountingFrom1904() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        assertThat(workbook.isDate1904()).isTrue();
        dateCell(workbook.createSheet("Mac"), 0, 0, LocalDate.of(2024, 3, 15));
        Path file = TestFiles.write(workbook, dir.resolve("mac.xlsx"));

        assertThat(valueAt(readUnchanged(file).sheets().get(0), "A1"))
                .isEqualTo(new CellValue.DateTime(LocalDateTime.of(2024, 3, 15, 0, 0)));
    }

    @Test
    void decidesTheFormatByContentNotByExtension() throws Exception {
        Path renamed = Files.move(xlsx("that-ra-xlsx.xlsx", true), dir.resolve("that-ra-xlsx.xls"));

        assertTotals(readUnchanged(renamed).sheets().get(0));
    }

    private static void assertTotals(vn.tonghop.workbook.Sheet report) {
        assertThat(valueAt(report, "A14")).isEqualTo(new CellValue.Text("Tổng cộng"));
        assertThat(numberAt(report, "E14")).isEqualByComparingTo("60.5");
        assertThat(numberAt(report, "F14")).isEqualByComparingTo("12");
        assertThat(numberAt(report, "G14")).isEqualByComparingTo("72.5");
        assertThat(valueAt(report, "H14")).isEqualTo(new CellValue.Text("Tổng: 72.5"));
        assertThat(valueAt(report, "I14")).isEqualTo(new CellValue.Bool(true));
        assertThat(valueAt(report, "J14")).isEqualTo(new CellValue.Error("#DIV/0!"));
    }

    private static BigDecimal numberAt(vn.tonghop.workbook.Sheet sheet, String address) {
        CellValue value = valueAt(sheet, address);
        assertThat(value).as(address).isInstanceOf(CellValue.Numeric.class);
        return ((CellValue.Numeric) value).value();
    }

    private static String sheetXml(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
