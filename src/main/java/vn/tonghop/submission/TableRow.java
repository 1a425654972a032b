package vn.tonghop.submission;

import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import vn.tonghop.workbook.Row;

/**
 * A data row of the session table as read, before it is known whether the file is accepted.
 *
 * @param dateCell  A1 address of the session date, null when blank
 * @param attended  per group key; empty when the group has no column or the cell is not a count
 * @param total     empty when blank (with attendees) or not a count
 * @param totalCell A1 address of the row-total cell, even when blank
 */
record TableRow(Row row, String code, LocalDate date, String dateCell, String place, String note,
                Map<String, OptionalLong> attended, OptionalLong total, String totalCell) {

    /** The row as Excel numbers it. */
    int rowNumber() {
        return row.index() + 1;
    }

    /** The sum of the group columns, or empty when one of them is unknown. */
    OptionalLong groupSum() {
        long sum = 0;
        for (OptionalLong count : attended.values()) {
            if (count.isEmpty()) {
                return OptionalLong.empty();
            }
            sum = Math.addExact(sum, count.getAsLong()); // counts are bounded; never wrap around
        }
        return OptionalLong.of(sum);
    }
}
