package vn.tonghop.submission;

import java.time.LocalDate;
import java.util.Map;

/**
 * One study session as a unit reported it: one row of the session table.
 *
 * @param rowNumber the row as Excel numbers it (1-based), for messages
 * @param code      the session code; null for a unit's own session without a code
 * @param attended  attendees per group key, in the campaign's group order
 * @param total     the row's {@code Tổng số người dự}
 */
public record SessionRow(int rowNumber, String code, LocalDate date, String dateCell, String place,
                         Map<String, Long> attended, long total, String note) {

    public SessionRow {
        attended = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attended));
    }
}
