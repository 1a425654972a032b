package vn.tonghop.submission;

import java.util.OptionalLong;
import vn.tonghop.workbook.Cell;

/** Reads a count cell and reports at that cell why it is not a count. */
final class CountCells {

    private CountCells() {
    }

    /** The count, or empty when the cell is not one (the issue is then recorded). */
    static OptionalLong read(Cell cell, String subject, Findings findings) {
        CountReading reading = Counts.read(cell.value());
        if (reading instanceof CountReading.Valid valid) {
            return OptionalLong.of(valid.count());
        }
        findings.add(((CountReading.Invalid) reading).code(), cell.address(), subject, cell.value().display(), null);
        return OptionalLong.empty();
    }
}
