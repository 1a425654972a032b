package vn.tonghop.workbook;

/**
 * A non-empty cell.
 *
 * @param row    zero-based row index
 * @param column zero-based column index
 */
public record Cell(int row, int column, CellValue value) {

    /** The A1-style address Excel shows, e.g. {@code F14}. */
    public String address() {
        return CellAddresses.format(row, column);
    }
}
