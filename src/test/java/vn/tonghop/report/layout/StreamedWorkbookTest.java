package vn.tonghop.report.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamedWorkbookTest {

    @Test
    void everyRowWrittenIsReadBackWithItsVietnameseTextAndNumbers(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("tong-hop.xlsx");
        int rows = 5_000;   // far more than the rows kept in memory, and than one buffer of sheet XML
        try (StreamedWorkbook workbook = new StreamedWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Chi bộ số " + i + " <Quận & Huyện> “Nghĩa Đô” 🇻🇳");
                row.createCell(1).setCellValue(i * 3L);
            }
            workbook.write(out);
        }

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook read = new XSSFWorkbook(in)) {
            Sheet sheet = read.getSheet("Đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(rows - 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Chi bộ số 0 <Quận & Huyện> “Nghĩa Đô” 🇻🇳");
            assertThat(sheet.getRow(rows - 1).getCell(0).getStringCellValue())
                    .isEqualTo("Chi bộ số 4999 <Quận & Huyện> “Nghĩa Đô” 🇻🇳");
            assertThat(sheet.getRow(rows - 1).getCell(1).getNumericCellValue()).isEqualTo(14_997.0);
            for (int i = 0; i < rows; i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).as("row %d", i).endsWith("Đô” 🇻🇳");
            }
        }
    }

    /**
     * Every kind of cell the outputs write (texts with markup, line breaks, control characters and spaces at the
     * ends; whole and fractional numbers; dates; live rates with a number or an empty result; a yes/no) reads back
     * exactly as from POI's own streaming writer: value, type, cached result, formula and style.
     */
    @Test
    void cellsReadBackAsFromPoisOwnStreamingWriter(@TempDir Path folder) throws IOException {
        Path ours = folder.resolve("ours.xlsx");
        Path poi = folder.resolve("poi.xlsx");
        try (StreamedWorkbook workbook = new StreamedWorkbook(10)) {
            writeEveryKindOfCell(workbook, ours);
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            writeEveryKindOfCell(workbook, poi);
        }

        try (XSSFWorkbook expected = new XSSFWorkbook(Files.newInputStream(poi));
             XSSFWorkbook actual = new XSSFWorkbook(Files.newInputStream(ours))) {
            Sheet want = expected.getSheetAt(0);
            Sheet got = actual.getSheetAt(0);
            assertThat(got.getLastRowNum()).isEqualTo(want.getLastRowNum()).isEqualTo(29);
            for (int r = 0; r <= want.getLastRowNum(); r++) {
                for (int c = 0; c < want.getRow(r).getLastCellNum(); c++) {
                    assertSameCell(got.getRow(r).getCell(c), want.getRow(r).getCell(c), r, c);
                }
            }
            assertThat(got.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(" Chi bộ <A & B> \"Số 1\"\n\tmới ");
            assertThat(got.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(2_488.0);
            assertThat(got.getRow(0).getCell(6).getCellFormula()).isEqualTo("IF(C1=0,\"\",B1/C1)");
        }
    }

    private static void writeEveryKindOfCell(Workbook workbook, Path file) throws IOException {
        CellStyle rate = workbook.createCellStyle();
        rate.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet sheet = workbook.createSheet("Đơn vị");
        for (int i = 0; i < 30; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(" Chi bộ <A & B> \"Số " + (i + 1) + "\"\n\tmới "
                    + (i % 2 == 0 ? "" : "\u0001\u00A0🇻🇳\r"));
            row.createCell(1).setCellValue(2_488L + i);
            row.createCell(2).setCellValue(i % 3 == 0 ? 2_559 : 0);
            row.createCell(3).setCellValue(-1.0 / (i + 3));
            row.createCell(4).setCellValue(1e16 + i);
            Cell day = row.createCell(5);
            day.setCellValue(LocalDate.of(2007, 6, 1).plusDays(i));
            day.setCellStyle(date);
            Cell formula = row.createCell(6);
            formula.setCellFormula("IF(C" + (i + 1) + "=0,\"\",B" + (i + 1) + "/C" + (i + 1) + ")");
            if (i % 3 == 0) {
                formula.setCellValue((2_488.0 + i) / 2_559);
            } else {
                formula.setCellValue("");
            }
            formula.setCellStyle(rate);
            row.createCell(8).setCellValue(i % 2 == 0);
            row.createCell(9).setCellValue(i % 4 == 0 ? "" : "x");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static void assertSameCell(Cell got, Cell want, int row, int column) {
        String where = "row " + row + ", column " + column;
        if (want == null) {
            assertThat(got).as(where).isNull();
            return;
        }
        assertThat(got.getCellType()).as(where).isEqualTo(want.getCellType());
        assertThat(got.getCellStyle().getDataFormatString()).as(where)
                .isEqualTo(want.getCellStyle().getDataFormatString());
        CellType result = want.getCellType() == CellType.FORMULA ? want.getCachedFormulaResultType()
                : want.getCellType();
        if (want.getCellType() == CellType.FORMULA) {
            assertThat(got.getCellFormula()).as(where).isEqualTo(want.getCellFormula());
            assertThat(got.getCachedFormulaResultType()).as(where).isEqualTo(result);
        }
        switch (result) {
            case NUMERIC -> assertThat(got.getNumericCellValue()).as(where)
                    .isEqualTo(want.getNumericCellValue());
            case STRING -> assertThat(got.getStringCellValue()).as(where).isEqualTo(want.getStringCellValue());
            case BOOLEAN -> assertThat(got.getBooleanCellValue()).as(where).isEqualTo(want.getBooleanCellValue());
            default -> assertThat(got.toString()).as(where).isEqualTo(want.toString());
        }
    }

    @Test
    void aCharacterOutsideTheBasicPlaneSplitAcrossTheBufferIsEncodedWhole() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        String text = "x".repeat((1 << 16) - 1) + "🇻🇳 Đảng";   // the first surrogate is the buffer's last char
        try (SheetXmlWriter writer = new SheetXmlWriter(
                new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            text.chars().forEach(c -> {
                try {
                    writer.write(c);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void theSheetXmlWriterKeepsEveryCharacterInOrderAcrossItsBuffer() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (SheetXmlWriter writer = new SheetXmlWriter(target)) {
            for (int i = 0; i < 20_000; i++) {
                String piece = "<c r=\"A" + i + "\">Đảng viên " + i + "</c>";
                writer.write(piece);
                writer.write('\n');
                char[] chars = ("ệ" + i).toCharArray();
                writer.write(chars, 0, chars.length);
                expected.append(piece).append('\n').append('ệ').append(i);
            }
            char[] large = "x".repeat(70_000).toCharArray();   // larger than the buffer: written through
            writer.write(large, 0, large.length);
            expected.append(large);
        }
        assertThat(target.toString()).isEqualTo(expected.toString());
    }
}
