package vn.tonghop.staging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the staged rows of a run's reused workbooks are: a workbook whose check was reused is not copied into the
 * run; its TH_FILE row names the run and the file name its rows are kept under (REUSED_FROM, REUSED_NAME). Rows
 * read from there are handed on under the name the file has in this run.
 *
 * <p>Rows reused by versions that copied them have REUSED_FROM but no REUSED_NAME: they are the run's own.
 */
final class ReusedChecks {

    /** Per run that holds the rows: its file name to the name in this run. */
    private final Map<String, Map<String, String>> namesByOrigin;
    private final Set<String> reusedNames;

    private ReusedChecks(Map<String, Map<String, String>> namesByOrigin, Set<String> reusedNames) {
        this.namesByOrigin = namesByOrigin;
        this.reusedNames = reusedNames;
    }

    static ReusedChecks of(JdbcClient jdbc, String runId) {
        Map<String, Map<String, String>> byOrigin = new LinkedHashMap<>();
        Map<String, String> current = new HashMap<>();
        jdbc.sql("SELECT FILE_NAME, REUSED_FROM, REUSED_NAME FROM TH_FILE WHERE RUN_ID = ? AND REUSED_NAME IS NOT NULL")
                .param(runId)
                .query(rs -> {
                    byOrigin.computeIfAbsent(rs.getString(2), run -> new HashMap<>())
                            .put(rs.getString(3), rs.getString(1));
                    current.put(rs.getString(1), rs.getString(2));
                });
        return new ReusedChecks(byOrigin, current.keySet());
    }

    /** The runs holding rows of this run's reused workbooks, each with its file names mapped to this run's. */
    Map<String, Map<String, String>> byOrigin() {
        return namesByOrigin;
    }

    /** Whether the file's rows are kept under another run (rows under its own name are then left over). */
    boolean isReused(String fileName) {
        return reusedNames.contains(fileName);
    }
}
