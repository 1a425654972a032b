package vn.tonghop.workbook;

import java.nio.file.Path;
import java.util.List;

/** The worksheets of one file, in workbook order. Chart sheets and dialog sheets are left out. */
public record Workbook(Path file, List<Sheet> sheets) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
