package vn.tonghop.workbook;

import vn.tonghop.vocabulary.CellAddresses;

/**
 * A non-empty cell.
 *
 * @param row    zero-based row index
 * @param column zero-based column index
 * @param font   the name of the font a text cell is shown in (a hint to legacy Vietnamese encodings); null when
 *               unknown or not text
 */
public record Cell(int row, int column, CellValue value, String font) {

    public Cell(int row, int column, CellValue value) {
        this(row, column, value, null);
    }

    /** The A1-style address Excel shows, e.g. {@code F14}. */
    public String address() {
        return CellAddresses.format(row, column);
    }
}
