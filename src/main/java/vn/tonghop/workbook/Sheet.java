package vn.tonghop.workbook;

import java.util.List;

/** A worksheet: its name and its non-empty rows in order. */
public record Sheet(String name, List<Row> rows) {

    public Sheet {
        rows = List.copyOf(rows);
    }
}
