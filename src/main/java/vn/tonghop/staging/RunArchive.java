package vn.tonghop.staging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs whose job-repository rows were purged (table TH_RUN_ARCHIVE): their start, duration, status and attempts,
 * so that the history still lists every run while the job repository holds only the recent ones.
 */
@Repository
public class RunArchive {

    /** What the history needs of a purged run besides its figures and file counts. */
    public record ArchivedRun(String runId, String job, LocalDateTime started, Duration duration, String status,
                              int attempts) {
    }

    private final JdbcClient jdbc;

    public RunArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(ArchivedRun run) {
        jdbc.sql("DELETE FROM TH_RUN_ARCHIVE WHERE RUN_ID = ?").param(run.runId()).update();
        jdbc.sql("INSERT INTO TH_RUN_ARCHIVE (RUN_ID, JOB_ID, STARTED, DURATION_MS, STATUS, ATTEMPTS) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(run.runId(), run.job(), Timestamp.valueOf(run.started()), run.duration().toMillis(),
                        run.status(), run.attempts())
                .update();
    }

    /**
     * Whether the data folder holds anything of a run by this id, staged, consolidated or archived: a run id names
     * the rows of every staging table, so a second run of the same id, even of another campaign, must not be made.
     */
    public boolean inUse(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT RUN_ID FROM TH_FILE WHERE RUN_ID = :run "
                        + "UNION ALL SELECT RUN_ID FROM TH_ISSUE WHERE RUN_ID = :run "
                        + "UNION ALL SELECT RUN_ID FROM TH_RESULT WHERE RUN_ID = :run "
                        + "UNION ALL SELECT RUN_ID FROM TH_RESULT_DEFLATED WHERE RUN_ID = :run "
                        + "UNION ALL SELECT RUN_ID FROM TH_RUN_FILES WHERE RUN_ID = :run "
                        + "UNION ALL SELECT RUN_ID FROM TH_RUN_ARCHIVE WHERE RUN_ID = :run)")
                .param("run", runId).query(Long.class).single() > 0;
    }

    /** The newest archived runs, newest first. */
    public List<ArchivedRun> newest(int count) {
        return jdbc.sql("SELECT RUN_ID, JOB_ID, STARTED, DURATION_MS, STATUS, ATTEMPTS FROM TH_RUN_ARCHIVE "
                        + "ORDER BY STARTED DESC, RUN_ID DESC LIMIT ?")
                .param(count)
                .query((rs, row) -> new ArchivedRun(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime(), Duration.ofMillis(rs.getLong(4)), rs.getString(5),
                        rs.getInt(6)))
                .list();
    }
}
