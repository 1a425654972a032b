package vn.tonghop.workbook;

import java.util.List;
import java.util.Objects;

/** A worksheet: its name, its non-empty rows in order and whether it shows as a tab. */
public record Sheet(String name, List<Row> rows, SheetVisibility visibility) {

    public Sheet {
        rows = List.copyOf(rows);
        Objects.requireNonNull(visibility, "visibility");
    }

    /** A visible sheet. */
    public Sheet(String name, List<Row> rows) {
        this(name, rows, SheetVisibility.VISIBLE);
    }
}
