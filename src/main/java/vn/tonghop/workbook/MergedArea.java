package vn.tonghop.workbook;

/** Cells merged into one (zero-based, inclusive); its value is that of its top-left cell. */
public record MergedArea(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean covers(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }
}
