package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.MergedArea;
import vn.tonghop.workbook.Row;

/**
 * Below the table header, a cell merged down over several session rows (one place or date for two sessions) reads
 * as its top-left value in each of those rows, as the clerk meant it. Only downwards and only in the area's first
 * column: merged across, a value would spill into the neighbouring column.
 */
final class MergedDown {

    private MergedDown() {
    }

    static List<Row> fill(List<Row> rows, List<MergedArea> merges, int headerIndex) {
        Map<Integer, List<Cell>> added = new HashMap<>();
        for (MergedArea merge : merges) {
            if (merge.firstRow() <= headerIndex || merge.lastRow() == merge.firstRow()) {
                continue;
            }
            rows.stream().filter(row -> row.index() == merge.firstRow()).findFirst()
                    .flatMap(row -> row.cell(merge.firstColumn()))
                    .ifPresent(topLeft -> {
                        for (int row = merge.firstRow() + 1; row <= merge.lastRow(); row++) {
                            added.computeIfAbsent(row, r -> new ArrayList<>())
                                    .add(new Cell(row, merge.firstColumn(), topLeft.value()));
                        }
                    });
        }
        if (added.isEmpty()) {
            return rows;
        }
        List<Row> filled = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Cell> extra = added.getOrDefault(row.index(), List.of());
            if (extra.isEmpty()) {
                filled.add(row);
                continue;
            }
            List<Cell> cells = new ArrayList<>(row.cells());
            extra.stream().filter(cell -> row.cell(cell.column()).isEmpty()).forEach(cells::add);
            cells.sort(java.util.Comparator.comparingInt(Cell::column));
            filled.add(new Row(row.index(), cells, row.hidden()));
        }
        return filled;
    }
}
