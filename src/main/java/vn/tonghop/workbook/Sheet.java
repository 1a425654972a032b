package vn.tonghop.workbook;

import java.util.List;
import java.util.Objects;

/**
 * A worksheet: its name, its non-empty rows in order, whether it shows as a tab and its merged areas (whose cells
 * other than the top-left one hold nothing).
 */
public record Sheet(String name, List<Row> rows, SheetVisibility visibility, List<MergedArea> merges) {

    public Sheet {
        rows = List.copyOf(rows);
        Objects.requireNonNull(visibility, "visibility");
        merges = List.copyOf(merges);
    }

    /** A sheet without merged cells. */
    public Sheet(String name, List<Row> rows, SheetVisibility visibility) {
        this(name, rows, visibility, List.of());
    }

    /** A visible sheet. */
    public Sheet(String name, List<Row> rows) {
        this(name, rows, SheetVisibility.VISIBLE);
    }
}
