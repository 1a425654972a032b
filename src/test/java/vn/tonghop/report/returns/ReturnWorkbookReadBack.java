package vn.tonghop.report.returns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a written return workbook back with POI, as Excel would show it. */
final class ReturnWorkbookReadBack implements AutoCloseable {

    /** One row of the first sheet's table, as displayed. */
    record IssueRow(int rowIndex, String no, String file, String sheet, String cell, String code, String codeName,
            String severity, String message, String found, String expected, String link) {
    }

    private static final DataFormatter DISPLAYED = displayed();

    final XSSFWorkbook workbook;

    ReturnWorkbookReadBack(Path file) throws IOException {
        try {
            workbook = new XSSFWorkbook(file.toFile());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    /** Shows formula cells with their stored result, as a reader that does not calculate sees them. */
    static DataFormatter displayed() {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter;
    }

    static String text(Cell cell) {
        return cell == null ? "" : DISPLAYED.formatCellValue(cell);
    }

    XSSFSheet cover() {
        return workbook.getSheetAt(0);
    }

    /** Every non-empty text of column A above the table (title, instruction, counts, notes). */
    List<String> coverLines() {
        List<String> lines = new ArrayList<>();
        for (Row row : cover()) {
            if (row.getRowNum() >= headerRow()) {
                break;
            }
            String text = text(row.getCell(0));
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** The table's header row, found by its first cell being the number column's label. */
    int headerRow() {
        for (Row row : cover()) {
            Cell first = row.getCell(0);
            if (first != null && row.getCell(1) != null && row.getCell(8) != null) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table header on the first sheet");
    }

    List<String> header() {
        List<String> labels = new ArrayList<>();
        for (Cell cell : cover().getRow(headerRow())) {
            labels.add(text(cell));
        }
        return labels;
    }

    List<IssueRow> issueRows() {
        List<IssueRow> rows = new ArrayList<>();
        for (int r = headerRow() + 1; r <= cover().getLastRowNum(); r++) {
            Row row = cover().getRow(r);
            if (row == null) {
                continue;
            }
            Cell cell = row.getCell(3);
            String link = cell == null || cell.getHyperlink() == null ? null : cell.getHyperlink().getAddress();
            rows.add(new IssueRow(r, text(row.getCell(0)), text(row.getCell(1)), text(row.getCell(2)),
                    text(row.getCell(3)), text(row.getCell(4)), text(row.getCell(5)), text(row.getCell(6)),
                    text(row.getCell(7)), text(row.getCell(8)), text(row.getCell(9)), link));
        }
        return rows;
    }

    /** The cell a document link such as {@code 'Báo cáo'!F14} points to; fails when there is no such cell. */
    XSSFCell target(String link) {
        CellReference reference = new CellReference(link);
        XSSFSheet sheet = workbook.getSheet(reference.getSheetName());
        if (sheet == null) {
            throw new AssertionError("link " + link + " names no sheet of " + sheetNames());
        }
        if (sheet.getRow(reference.getRow()) == null || sheet.getRow(reference.getRow()).getCell(reference.getCol()) == null) {
            throw new AssertionError("link " + link + " points to a cell that does not exist");
        }
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            names.add(sheet.getSheetName());
        }
        return names;
    }

    /** The RGB of a cell's solid fill, or null when it has none. */
    static byte[] fill(XSSFCell cell) {
        XSSFColor color = cell.getCellStyle().getFillForegroundColorColor();
        return color == null ? null : color.getRGB();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
