package vn.tonghop.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.report.layout.CellTexts;

/** Writes a sheet top to bottom, one row at a time, as streaming (SXSSF) sheets require. */
final class SheetWriter {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private Row row;
    private int headerRow;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        // every output sheet prints landscape on A4 with all its columns on one page: staff print them
        SheetLayout.landscapeOnePageWide(sheet, -1);
    }

    /** Starts the next row, leaving {@code skip} empty rows before it. */
    SheetWriter nextRow(int skip) {
        int index = row == null ? skip : row.getRowNum() + 1 + skip;
        row = sheet.createRow(index);
        return this;
    }

    SheetWriter nextRow() {
        return nextRow(0);
    }

    /** Zero-based index of the current row. */
    int rowIndex() {
        return row.getRowNum();
    }

    void text(int column, String value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(CellTexts.fit(value));
            cell.setCellStyle(style);
        }
    }

    void text(int column, String value) {
        text(column, value, styles.text);
    }

    /** Text that opens another file (and a place in it: {@code file.xlsx#'Sheet'!F14}) when clicked. */
    void link(int column, String value, String address) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellTexts.fit(value));
        cell.setCellStyle(styles.link);
        // Excel keeps a link into another workbook as the file plus a location inside it
        int hash = address.indexOf('#');
        XSSFHyperlink hyperlink = (XSSFHyperlink) sheet.getWorkbook().getCreationHelper()
                .createHyperlink(HyperlinkType.FILE);
        hyperlink.setAddress(hash < 0 ? address : address.substring(0, hash));
        if (hash >= 0) {
            hyperlink.setLocation(address.substring(hash + 1));
        }
        cell.setHyperlink(hyperlink);
    }

    void count(int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void count(int column, long value) {
        count(column, value, styles.count);
    }

    void date(int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        }
    }

    void time(int column, Instant value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.atZone(ZoneId.systemDefault()).toLocalDateTime());
            cell.setCellStyle(styles.time);
        }
    }

    /**
     * A rate as a live formula over the attended and total cells of this row, carrying its value so that previews
     * and programs that do not calculate still show it. Empty when there is no total.
     */
    void rate(int column, int attendedColumn, int totalColumn, long attendedValue, long totalValue, CellStyle style) {
        String attended = CellReference.convertNumToColString(attendedColumn) + (row.getRowNum() + 1);
        String total = CellReference.convertNumToColString(totalColumn) + (row.getRowNum() + 1);
        Cell cell = row.createCell(column);
        cell.setCellFormula("IF(" + total + "=0,\"\"," + attended + "/" + total + ")");
        // the value Excel itself computes, so a recalculation changes nothing; 0.00% shows it rounded half up
        if (totalValue == 0) {
            cell.setCellValue("");
        } else {
            cell.setCellValue((double) attendedValue / totalValue);
        }
        cell.setCellStyle(style);
    }

    void rate(int column, int attendedColumn, int totalColumn, long attendedValue, long totalValue) {
        rate(column, attendedColumn, totalColumn, attendedValue, totalValue, styles.rate);
    }

    /**
     * Makes the current row tall enough for a text wrapped in a column this many characters wide: Excel does not
     * grow rows of a file it did not write itself.
     */
    void fitLines(String text, int widthInCharacters) {
        row.setHeightInPoints(SheetLayout.linesNeeded(text, widthInCharacters) * sheet.getDefaultRowHeightInPoints());
    }


    /** Widths in characters, one per column from A. */
    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Marks the current row as a table header: the rows above it and the header stay in view when scrolling. */
    void header(String... labels) {
        sectionHeader(labels);
        sheet.createFreezePane(0, headerRow + 1);
    }

    /** A header of a table further down a sheet: styled and filterable, but not frozen. */
    void sectionHeader(String... labels) {
        int lines = 1;
        for (int i = 0; i < labels.length; i++) {
            text(i, labels[i], styles.header);
            lines = Math.max(lines, SheetLayout.linesNeeded(labels[i], sheet.getColumnWidth(i) / 256));
        }
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        headerRow = row.getRowNum();
    }

    /** Puts a filter over the table from its header down to the current row. */
    void filterTable(int lastColumn) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, row.getRowNum()), 0, lastColumn));
    }


    void merge(int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, lastColumn));
    }
}
