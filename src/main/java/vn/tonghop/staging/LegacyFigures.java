package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;

/**
 * The figures of submissions staged by versions that kept them in tables of their own (TH_MEMBERSHIP, TH_SESSION,
 * TH_ATTENDANCE): a data folder carried over keeps reusing those checks until its old runs are purged.
 */
final class LegacyFigures {

    private final JdbcClient jdbc;

    LegacyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submissions of the given headings (by name in this run), with figures read from the old tables. */
    Map<String, Submission> of(String run, Function<String, String> rename,
                               Map<String, SubmissionStore.Heading> headings) {
        Map<String, Map<String, Long>> membership = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_MEMBERSHIP WHERE RUN_ID = ? ORDER BY FILE_NAME").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (headings.containsKey(file)) {
                membership.computeIfAbsent(file, f -> new LinkedHashMap<>())
                        .put(rs.getString("GROUP_KEY"), rs.getLong("MEMBERS"));
            }
        });
        Map<String, Map<Integer, Map<String, Long>>> attendance = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_ATTENDANCE WHERE RUN_ID = ?").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (headings.containsKey(file)) {
                attendance.computeIfAbsent(file, f -> new HashMap<>())
                        .computeIfAbsent(rs.getInt("ROW_NUMBER"), r -> new HashMap<>())
                        .put(rs.getString("GROUP_KEY"), rs.getLong("ATTENDED"));
            }
        });
        Map<String, List<SessionRow>> sessions = new HashMap<>();
        jdbc.sql("SELECT * FROM TH_SESSION WHERE RUN_ID = ? ORDER BY FILE_NAME, ROW_NUMBER").param(run).query(rs -> {
            String file = rename.apply(rs.getString("FILE_NAME"));
            if (!headings.containsKey(file)) {
                return;
            }
            int row = rs.getInt("ROW_NUMBER");
            Map<String, Long> attended = attendance.getOrDefault(file, Map.of()).getOrDefault(row, Map.of());
            Map<String, Long> ordered = new LinkedHashMap<>();
            // keep the campaign's group order, which the membership rows were stored in
            membership.getOrDefault(file, new LinkedHashMap<>()).keySet()
                    .forEach(group -> ordered.put(group, attended.getOrDefault(group, 0L)));
            sessions.computeIfAbsent(file, f -> new ArrayList<>()).add(new SessionRow(row, rs.getString("CODE"),
                    rs.getObject("SESSION_DATE", LocalDate.class), rs.getString("DATE_CELL"), rs.getString("PLACE"),
                    ordered, rs.getLong("TOTAL"), rs.getString("NOTE")));
        });
        Map<String, Submission> submissions = new HashMap<>();
        headings.forEach((file, heading) -> submissions.put(file, heading.with(
                membership.getOrDefault(file, Map.of()), sessions.getOrDefault(file, List.of()))));
        return submissions;
    }
}
