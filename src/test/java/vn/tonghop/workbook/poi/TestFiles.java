package vn.tonghop.workbook.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.tonghop.workbook.CellValue;

/** Helpers that write real workbook files for the reader tests. */
final class TestFiles {

    private TestFiles() {
    }

    static Path write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row poiRow = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return poiRow.createCell(column);
    }

    static void dateCell(Sheet sheet, int row, int column, LocalDate date) {
        Workbook workbook = sheet.getWorkbook();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        Cell cell = cell(sheet, row, column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    /** Copies an .xlsx, passing the XML of one part through {@code edit}: makes shapes POI itself never writes. */
    static Path rewritePart(Path source, Path target, String partName, UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = readAll(in);
                if (entry.getName().equals(partName)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    static CellValue valueAt(vn.tonghop.workbook.Sheet sheet, String address) {
        return sheet.rows().stream()
                .flatMap(row -> row.cells().stream())
                .filter(cell -> cell.address().equals(address))
                .map(vn.tonghop.workbook.Cell::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no value at " + address + " in sheet " + sheet.name()));
    }
}
