package vn.tonghop.report.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
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
