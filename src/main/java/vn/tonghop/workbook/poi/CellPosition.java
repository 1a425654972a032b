package vn.tonghop.workbook.poi;

/** Zero-based row and column of a cell whose value still has to be computed. */
record CellPosition(int row, int column) {
}
