package vn.tonghop.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import vn.tonghop.report.layout.CellTexts;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.report.layout.WorkbookStyles;

/** Writes a sheet top to bottom, one row at a time, as streaming (SXSSF) sheets require. */
final class SheetWriter {

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private Row row;
    private int headerRow;

    SheetWriter(Sheet sheet, WorkbookStyles styles, PageHeading heading) {
        this.sheet = sheet;
        this.styles = styles;
        // every printed page says which campaign and cut-off it belongs to, and which page it is
        SheetLayout.runningHeader(sheet, heading);
    }

    /** The sheet's title, on its own row: every output sheet says what it is. */
    SheetWriter title(String title) {
        nextRow().text(0, title, styles.title);
        row.setHeightInPoints((float) (sheet.getDefaultRowHeightInPoints() * WorkbookStyles.TITLE_POINTS
                / sheet.getWorkbook().getFontAt(0).getFontHeightInPoints()));
        return this;
    }

    /** A title wrapped over columns A to {@code lastColumn}, {@code widthInCharacters} wide in all. */
    void wrappedTitle(String title, int lastColumn, int widthInCharacters) {
        nextRow().text(0, title, styles.wrappedTitle);
        merge(0, lastColumn);
        // a line of the title's larger letters holds fewer characters and is taller than one of body text
        double ratio = WorkbookStyles.TITLE_POINTS / sheet.getWorkbook().getFontAt(0).getFontHeightInPoints();
        int lines = SheetLayout.linesNeeded(title, (int) (widthInCharacters / ratio));
        row.setHeightInPoints((float) (lines * sheet.getDefaultRowHeightInPoints() * ratio));
    }

    /**
     * Prints the sheet as a list: one page wide if its text stays readable, otherwise over several pages; the
     * table header (the last one written) and the first {@code repeatedColumns} columns repeated on every page.
     */
    void printAsList(int lastColumn, int repeatedColumns) {
        SheetLayout.list(sheet, lastColumn, headerRow, headerRow, repeatedColumns);
    }

    /** Prints the sheet as a list with nothing repeated: for a sheet whose tables have headers of their own. */
    void printAsPlainList(int lastColumn) {
        SheetLayout.list(sheet, lastColumn, -1, -1, 0);
    }

    /** Prints the sheet on one page, columns A to {@code lastColumn}, rows down to {@code lastRow}. */
    void printOnOnePage(int lastColumn, int lastRow) {
        SheetLayout.onePage(sheet, lastColumn, lastRow);
    }

    Sheet sheet() {
        return sheet;
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
        if (text != null) {
            float needed = SheetLayout.linesNeeded(text, widthInCharacters) * sheet.getDefaultRowHeightInPoints();
            row.setHeightInPoints(Math.max(needed, row.getHeightInPoints()));
        }
    }

    /** A text that wraps in its column, the row made tall enough for it. */
    void wrapped(int column, String value) {
        if (value != null) {
            text(column, value, styles.wrapped);
            fitLines(value, sheet.getColumnWidth(column) / 256);
        }
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

    /**
     * A header over two rows, starting at the current row: each leading label spans both rows; each group's name
     * spans its columns over the sub-labels (attended, total, rate). Ends on the second row.
     */
    void groupedHeader(List<String> leading, List<String> groupNames, List<String> subLabels) {
        int top = row.getRowNum();
        int lastColumn = leading.size() + groupNames.size() * subLabels.size() - 1;
        int lines = 1;
        for (int c = 0; c < leading.size(); c++) {
            text(c, leading.get(c), styles.header);
            lines = Math.max(lines, SheetLayout.linesNeeded(leading.get(c), sheet.getColumnWidth(c) / 256) - 1);
        }
        for (int g = 0; g < groupNames.size(); g++) {
            int first = leading.size() + g * subLabels.size();
            int width = 0;
            for (int c = first; c < first + subLabels.size(); c++) {
                text(c, c == first ? groupNames.get(g) : "", styles.header);
                width += sheet.getColumnWidth(c) / 256;
            }
            lines = Math.max(lines, SheetLayout.linesNeeded(groupNames.get(g), width));
        }
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        nextRow();
        for (int c = 0; c <= lastColumn; c++) {
            int sub = c - leading.size();
            text(c, sub < 0 ? "" : subLabels.get(sub % subLabels.size()), styles.header);
        }
        for (int c = 0; c < leading.size(); c++) {
            sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
        }
        for (int g = 0; g < groupNames.size(); g++) {
            int first = leading.size() + g * subLabels.size();
            sheet.addMergedRegion(new CellRangeAddress(top, top, first, first + subLabels.size() - 1));
        }
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
