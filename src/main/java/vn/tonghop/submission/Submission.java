package vn.tonghop.submission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one accepted workbook.
 *
 * @param membership the membership count (rate denominator) per group key, in the campaign's group order
 */
public record Submission(String unitCode, String unitName, String sheet, String period, LocalDate reportDate,
                         String form, String clusterCode, Map<String, Long> membership, List<SessionRow> sessions) {

    public Submission {
        membership = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(membership));
        sessions = List.copyOf(sessions);
    }

    public long attended(String groupKey) {
        return sessions.stream().mapToLong(s -> s.attended().getOrDefault(groupKey, 0L)).sum();
    }
}
