package vn.tonghop.submission;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.tonghop.workbook.Row;

/**
 * The session table of a submission sheet.
 *
 * @param grandTotal the {@code Tổng cộng} row, empty when the unit left it out
 */
record SessionTable(Row header, SessionColumns columns, List<TableRow> rows, Optional<Row> grandTotal) {

    SessionTable {
        rows = List.copyOf(rows);
    }

    /** Σ of one count over the rows, or empty when a row's count is unknown (so no sum can be trusted). */
    OptionalLong sum(Function<TableRow, OptionalLong> count) {
        long sum = 0;
        for (TableRow row : rows) {
            OptionalLong value = count.apply(row);
            if (value.isEmpty()) {
                return OptionalLong.empty();
            }
            sum = Math.addExact(sum, value.getAsLong()); // counts are bounded; never wrap around
        }
        return OptionalLong.of(sum);
    }

    OptionalLong attended(String groupKey) {
        return sum(row -> row.attended().get(groupKey));
    }
}
