package vn.tonghop.staging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the data folder bounded: the per-file rows (files, submissions, sessions, issues) and the per-unit result of
 * old runs are deleted, their file counts and overall figures kept for the history. Runs whose checks a kept run
 * reused are kept whole.
 */
@Repository
public class StagingRetention {

    /** Child tables first. */
    private static final List<String> PER_FILE_TABLES = List.of("TH_ATTENDANCE", "TH_SESSION", "TH_MEMBERSHIP",
            "TH_SUBMISSION", "TH_ISSUE", "TH_CONTENT_CHECK", "TH_FILE", "TH_RUN_ORIGIN");

    /** The tables whose rows show that a run has staged something, each with an index starting with RUN_ID. */
    private static final List<String> STAGING_TABLES = List.of("TH_FILE", "TH_ISSUE", "TH_SUBMISSION", "TH_RESULT",
            "TH_RESULT_DEFLATED");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final FileLedger ledger;
    private final ResultStore results;
    private final TransactionTemplate transaction;

    public StagingRetention(JdbcClient jdbc, JdbcTemplate template, FileLedger ledger, ResultStore results,
                            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.template = template;
        this.ledger = ledger;
        this.results = results;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Purges the per-file rows of every run but {@code keptRuns} and the runs they reused checks from, then, when
     * it purged any, writes a checkpoint so the redo log is emptied and the freed space given back (HSQLDB rewrites
     * its data file at a checkpoint once the free space passes the {@code SET FILES DEFRAG} share set in the
     * schema).
     *
     * @return the runs purged
     */
    public List<String> purgeAllBut(Collection<String> keptRuns) {
        Set<String> kept = new HashSet<>(keptRuns);
        List<String> purged = new ArrayList<>();
        for (String run : stagedRuns()) {
            if (!kept.contains(run)) {
                purged.add(run);
            }
        }
        kept.addAll(reusedFrom(keptRuns));
        purged.removeAll(kept);
        if (!purged.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                purged.forEach(ledger::keepCounts);
                purged.forEach(results::keepOnlyOverallFigures);
                for (String table : PER_FILE_TABLES) {
                    template.batchUpdate("DELETE FROM " + table + " WHERE RUN_ID = ?", purged, purged.size(),
                            (statement, run) -> statement.setString(1, run));
                }
            });
            // only after a purge: rewriting the file costs seconds at national scale, and the runs before the
            // first purge find little to give back (the redo log is emptied by HSQLDB itself past its size limit,
            // and at shutdown)
            template.execute("CHECKPOINT");
        }
        return purged;
    }

    /**
     * Every run with staged rows, found by stepping through each table's RUN_ID index from one run to the next: a
     * query per run and table, where a DISTINCT over the tables read every row of every kept run (seconds at the
     * end of each night at national scale, growing with the runs kept).
     */
    private Set<String> stagedRuns() {
        Set<String> runs = new TreeSet<>();
        for (String table : STAGING_TABLES) {
            String after = "";
            while (true) {
                Optional<String> next = jdbc.sql("SELECT RUN_ID FROM " + table + " WHERE RUN_ID > ? ORDER BY RUN_ID "
                        + "LIMIT 1").param(after).query(String.class).optional();
                if (next.isEmpty()) {
                    break;
                }
                after = next.get();
                runs.add(after);
            }
        }
        return runs;
    }

    /** The runs the given runs reuse checks from (see {@link RunOrigins}). */
    private Set<String> reusedFrom(Collection<String> runs) {
        RunOrigins origins = new RunOrigins(jdbc, template);
        Set<String> reused = new HashSet<>();
        runs.forEach(run -> reused.addAll(origins.of(run)));
        return reused;
    }
}
