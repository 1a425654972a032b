package vn.tonghop.workbook.poi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.MergedArea;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.SheetVisibility;

/**
 * Collects the non-empty cells of one sheet while it is read, in any order, and remembers the formula cells whose
 * value is not stored in the file so that they can be computed before the sheet is built.
 */
final class SheetCells {

    private final String name;
    private final SheetVisibility visibility;
    private final TreeMap<Integer, TreeMap<Integer, CellValue>> rows = new TreeMap<>();
    private final List<CellPosition> uncomputed = new ArrayList<>();
    private final Set<Integer> hiddenRows = new HashSet<>();
    /** Font names of text cells, kept apart since only text needs them. */
    private final Map<CellPosition, String> fonts = new HashMap<>();
    private final List<MergedArea> merges = new ArrayList<>();

    SheetCells(String name, SheetVisibility visibility) {
        this.name = name;
        this.visibility = visibility;
    }

    String name() {
        return name;
    }

    void put(int row, int column, CellValue value) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
    }

    void font(int row, int column, String name) {
        if (name != null) {
            fonts.put(new CellPosition(row, column), name);
        }
    }

    void hideRow(int row) {
        hiddenRows.add(row);
    }

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        merges.add(new MergedArea(firstRow, lastRow, firstColumn, lastColumn));
    }

    void markUncomputed(int row, int column) {
        uncomputed.add(new CellPosition(row, column));
    }

    List<CellPosition> uncomputed() {
        return List.copyOf(uncomputed);
    }

    /**
     * A merged area shows its top-left value only: whatever a writer left in the other cells it covers is not read,
     * so a count merged over two rows is counted once.
     */
    Sheet toSheet() {
        for (MergedArea merge : merges) {
            for (int row = merge.firstRow(); row <= merge.lastRow(); row++) {
                TreeMap<Integer, CellValue> columns = rows.get(row);
                if (columns != null) {
                    int first = row == merge.firstRow() ? merge.firstColumn() + 1 : merge.firstColumn();
                    if (first <= merge.lastColumn()) {
                        columns.subMap(first, true, merge.lastColumn(), true).clear();
                    }
                }
            }
        }
        rows.values().removeIf(TreeMap::isEmpty);
        List<Row> built = new ArrayList<>(rows.size());
        for (Map.Entry<Integer, TreeMap<Integer, CellValue>> row : rows.entrySet()) {
            List<Cell> cells = new ArrayList<>(row.getValue().size());
            row.getValue().forEach((column, value) -> cells.add(new Cell(row.getKey(), column, value,
                    fonts.get(new CellPosition(row.getKey(), column)))));
            built.add(new Row(row.getKey(), cells, hiddenRows.contains(row.getKey())));
        }
        return new Sheet(name, built, visibility, merges);
    }
}
