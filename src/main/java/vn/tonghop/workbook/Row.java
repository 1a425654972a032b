package vn.tonghop.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A row that has at least one non-empty cell.
 *
 * @param index zero-based row index
 * @param cells  the non-empty cells, ordered by column
 * @param hidden whether the row is hidden (height zero) in the workbook
 */
public record Row(int index, List<Cell> cells, boolean hidden) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** A row that shows. */
    public Row(int index, List<Cell> cells) {
        this(index, cells, false);
    }

    public Optional<Cell> cell(int column) {
        for (Cell cell : cells) {
            if (cell.column() == column) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }
}
