package vn.tonghop.submission;

import java.util.OptionalLong;
import vn.tonghop.vocabulary.IssueCode;
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
        IssueCode code = ((CountReading.Invalid) reading).code();
        Object limit = code == IssueCode.COUNT_TOO_LARGE ? Counts.MAX_COUNT : null;
        findings.add(code, cell.address(), subject, cell.value().display(), limit);
        return OptionalLong.empty();
    }
}
