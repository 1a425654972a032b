package vn.tonghop.staging;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The runs whose staged checks a run reuses, and the run itself (table TH_RUN_ORIGIN): what the purge must keep
 * for a kept run, known without reading the run's ledger row by row.
 */
final class RunOrigins {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RunOrigins(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Replaces what is recorded for the run. */
    void record(String runId, Set<String> origins) {
        Set<String> rows = new TreeSet<>(origins);
        rows.add(runId);
        jdbc.sql("DELETE FROM TH_RUN_ORIGIN WHERE RUN_ID = ?").param(runId).update();
        template.batchUpdate("INSERT INTO TH_RUN_ORIGIN (RUN_ID, ORIGIN) VALUES (?, ?)",
                rows.stream().map(origin -> new Object[] {runId, origin}).toList());
    }

    /**
     * The run and the runs it reuses checks from. A run recorded by an earlier version has no rows: its ledger is
     * read once and the result recorded.
     */
    Set<String> of(String runId) {
        List<String> recorded = jdbc.sql("SELECT ORIGIN FROM TH_RUN_ORIGIN WHERE RUN_ID = ?").param(runId)
                .query(String.class).list();
        if (!recorded.isEmpty()) {
            return new TreeSet<>(recorded);
        }
        Set<String> origins = new TreeSet<>(jdbc.sql(
                        "SELECT DISTINCT REUSED_FROM FROM TH_FILE WHERE RUN_ID = ? AND REUSED_FROM IS NOT NULL")
                .param(runId).query(String.class).list());
        record(runId, origins);
        origins.add(runId);
        return origins;
    }
}
