package vn.tonghop.submission;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.Workbook;

/**
 * Builds the cell view a reader gives of a sheet, addressed the way Excel shows it: rows numbered from 1, columns
 * from A. Values: String (text), Integer/Long/Double/BigDecimal (number), LocalDate (date cell), Boolean, or any
 * CellValue; null leaves or makes the cell empty.
 */
final class SheetBuilder {

    private final String name;
    private final Map<Integer, Map<Integer, CellValue>> cells = new TreeMap<>();

    private SheetBuilder(String name) {
        this.name = name;
    }

    static SheetBuilder sheet(String name) {
        return new SheetBuilder(name);
    }

    static Workbook workbook(SheetBuilder... sheets) {
        return new Workbook(Path.of("test.xlsx"), Arrays.stream(sheets).map(SheetBuilder::build).toList());
    }

    static CellValue error(String code) {
        return new CellValue.Error(code);
    }

    /** Fills the row's cells from column A on; null entries leave the existing cell untouched. */
    SheetBuilder row(int excelRow, Object... values) {
        for (int column = 0; column < values.length; column++) {
            if (values[column] != null) {
                put(excelRow - 1, column, values[column]);
            }
        }
        return this;
    }

    /** Sets one cell, e.g. {@code set("C12", 40)}; null empties it. */
    SheetBuilder set(String a1, Object value) {
        int split = 0;
        while (Character.isLetter(a1.charAt(split))) {
            split++;
        }
        int column = 0;
        for (char letter : a1.substring(0, split).toCharArray()) {
            column = column * 26 + (letter - 'A' + 1);
        }
        int row = Integer.parseInt(a1.substring(split)) - 1;
        if (value == null) {
            Map<Integer, CellValue> rowCells = cells.get(row);
            if (rowCells != null) {
                rowCells.remove(column - 1);
            }
        } else {
            put(row, column - 1, value);
        }
        return this;
    }

    SheetBuilder clearRow(int excelRow) {
        cells.remove(excelRow - 1);
        return this;
    }

    Sheet build() {
        List<Row> rows = new ArrayList<>();
        cells.forEach((row, values) -> {
            if (!values.isEmpty()) {
                rows.add(new Row(row, values.entrySet().stream()
                        .map(e -> new Cell(row, e.getKey(), e.getValue())).toList()));
            }
        });
        return new Sheet(name, rows);
    }

    Workbook workbook() {
        return workbook(this);
    }

    private void put(int row, int column, Object value) {
        cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, toCellValue(value));
    }

    private static CellValue toCellValue(Object value) {
        if (value instanceof CellValue cellValue) {
            return cellValue;
        }
        if (value instanceof String text) {
            return new CellValue.Text(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new CellValue.Numeric(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double number) {
            return new CellValue.Numeric(BigDecimal.valueOf(number));
        }
        if (value instanceof BigDecimal number) {
            return new CellValue.Numeric(number);
        }
        if (value instanceof LocalDate date) {
            return new CellValue.DateTime(date.atStartOfDay());
        }
        if (value instanceof Boolean bool) {
            return new CellValue.Bool(bool);
        }
        throw new IllegalArgumentException("No cell value for " + value.getClass());
    }
}
