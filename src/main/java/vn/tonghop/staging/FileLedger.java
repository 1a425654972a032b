package vn.tonghop.staging;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.intake.IgnoredFile;
import vn.tonghop.intake.InputScan;
import vn.tonghop.intake.SourceFile;

/** The files of each run and what became of them (table TH_FILE). */
@Repository
public class FileLedger {

    static final String PENDING = "PENDING";

    /**
     * The order the run's files are handed on in. Sorted here rather than by ORDER BY: HSQLDB sorts a result's text
     * with space-padding comparisons that copy the shorter of two names, whatever the database's NO PAD collation;
     * at 60,000 files that sort was 7% of a night's consolidate step in a profile.
     */
    private static final Comparator<String> BY_NAME = Comparator.naturalOrder();

    /** Ignored files that the exception report lists as documents of the folder, not as noise. */
    private static final Set<String> OTHER_DOCUMENT_REASONS = Set.of(IgnoredFile.Reason.OTHER_SPREADSHEET.name(),
            IgnoredFile.Reason.NOT_A_SPREADSHEET.name(), IgnoredFile.Reason.LINK_OUTSIDE_INPUT.name());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public FileLedger(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records what the input folder held; called once per run, replacing what an interrupted attempt left. A
     * workbook with an earlier check to reuse is recorded with its outcome and where its rows are kept; the others
     * are pending until checked.
     */
    public void recordScan(String runId, InputScan scan, String campaignHash,
                           Map<String, CheckReuse.Earlier> reused) {
        jdbc.sql("DELETE FROM TH_FILE WHERE RUN_ID = ?").param(runId).update();
        new ContentChecks(jdbc).forget(runId);
        batch("""
                INSERT INTO TH_FILE (RUN_ID, FILE_NAME, PATH, SIZE_BYTES, LAST_MODIFIED, SHA256, STATUS, CAMPAIGN_HASH,
                                     UNIT_CODE, REPORT_DATE, REUSED_FROM, REUSED_NAME)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", scan.workbooks().stream().map(file ->
                    workbookRow(runId, file, campaignHash, reused.get(file.name()))).toList());
        batch("""
                INSERT INTO TH_FILE (RUN_ID, FILE_NAME, PATH, SIZE_BYTES, LAST_MODIFIED, STATUS, IGNORE_REASON)
                VALUES (?, ?, ?, 0, CURRENT_TIMESTAMP, ?, ?)""", scan.ignored().stream().map(file -> new Object[] {
                    runId, file.name(), file.name(), FileStatus.IGNORED.name(), file.reason().name()}).toList());
    }

    private static Object[] workbookRow(String runId, SourceFile file, String campaignHash,
                                        CheckReuse.Earlier earlier) {
        Object[] row = {runId, file.name(), file.path().toString(), file.size(), Timestamp.from(file.lastModified()),
            file.sha256(), PENDING, campaignHash, null, null, null, null};
        if (earlier != null) {
            row[6] = earlier.reusedStatus().name();
            row[8] = earlier.unitCode();
            row[9] = earlier.reportDate();
            row[10] = earlier.runId();
            row[11] = earlier.name();
        }
        return row;
    }

    /** The workbooks of the run not yet checked, by name: after a crash, only these are read again. */
    public List<SourceFile> pending(String runId) {
        List<SourceFile> pending = new ArrayList<>(jdbc.sql("SELECT * FROM TH_FILE WHERE RUN_ID = ? AND STATUS = ?")
                .params(runId, PENDING).query(FileLedger::sourceFile).list());
        pending.sort(Comparator.comparing(SourceFile::name, BY_NAME));
        return pending;
    }

    /** How many workbooks of the run are not yet checked. */
    public int pendingCount(String runId) {
        return jdbc.sql("SELECT COUNT(*) FROM TH_FILE WHERE RUN_ID = ? AND STATUS = ?").params(runId, PENDING)
                .query(Integer.class).single();
    }

    /**
     * Whether rows of the run's unchecked workbooks are staged already: left by an attempt whose files were listed
     * again afterwards. A chunk stages its files' rows and marks them checked in one transaction, so otherwise an
     * unchecked file has none.
     */
    public boolean pendingFilesHaveRows(String runId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM TH_FILE F WHERE F.RUN_ID = ? AND F.STATUS = ? AND (
                          EXISTS (SELECT 1 FROM TH_SUBMISSION S WHERE S.RUN_ID = F.RUN_ID AND S.FILE_NAME = F.FILE_NAME)
                          OR EXISTS (SELECT 1 FROM TH_MEMBERSHIP M WHERE M.RUN_ID = F.RUN_ID AND M.FILE_NAME = F.FILE_NAME)
                          OR EXISTS (SELECT 1 FROM TH_SESSION S WHERE S.RUN_ID = F.RUN_ID AND S.FILE_NAME = F.FILE_NAME)
                          OR EXISTS (SELECT 1 FROM TH_ATTENDANCE A WHERE A.RUN_ID = F.RUN_ID AND A.FILE_NAME = F.FILE_NAME)
                          OR EXISTS (SELECT 1 FROM TH_ISSUE I WHERE I.RUN_ID = F.RUN_ID AND I.FILE_NAME = F.FILE_NAME))""")
                .params(runId, PENDING).query(Integer.class).single() > 0;
    }

    /**
     * The input folder as the run recorded it, or empty when the run has recorded nothing yet (it stopped before
     * its files were listed, so a restart lists them afresh).
     */
    public Optional<InputDrift.RecordedInput> recordedInput(String runId) {
        List<SourceFile> workbooks = new ArrayList<>();
        Set<String> ignored = new HashSet<>();
        Set<String> campaignHashes = new HashSet<>();
        jdbc.sql("SELECT * FROM TH_FILE WHERE RUN_ID = ?").param(runId).query(rs -> {
            if (FileStatus.IGNORED.name().equals(rs.getString("STATUS"))) {
                ignored.add(rs.getString("FILE_NAME"));
            } else {
                workbooks.add(sourceFile(rs, 0));
                campaignHashes.add(rs.getString("CAMPAIGN_HASH"));
            }
        });
        return workbooks.isEmpty() && ignored.isEmpty() ? Optional.empty()
                : Optional.of(new InputDrift.RecordedInput(workbooks, ignored, campaignHashes));
    }

    /** Where the staged rows of the run's reused workbooks are kept. */
    ReusedChecks reusedChecks(String runId) {
        return ReusedChecks.of(jdbc, runId);
    }

    /** Every checked workbook of the run, by name. */
    public List<Entry> checked(String runId) {
        List<Entry> checked = new ArrayList<>(jdbc.sql(
                        "SELECT * FROM TH_FILE WHERE RUN_ID = ? AND STATUS NOT IN (?, ?)")
                .params(runId, PENDING, FileStatus.IGNORED.name())
                .query((rs, row) -> new Entry(sourceFile(rs, row), FileStatus.valueOf(rs.getString("STATUS")),
                        rs.getString("UNIT_CODE"), rs.getObject("REPORT_DATE", LocalDate.class)))
                .list());
        checked.sort(Comparator.comparing(entry -> entry.file().name(), BY_NAME));
        return checked;
    }

    /** A checked workbook: its unit code and report date as read, also when it was rejected. */
    public record Entry(SourceFile file, FileStatus status, String unitCode, LocalDate reportDate) {
    }

    /**
     * Where each workbook of the run is, and the other documents of its input folder, read in one pass over the
     * run's rows: the output step needs both, and each pass reads every ledger row of the run.
     */
    public Listed listed(String runId) {
        Map<String, Path> paths = new TreeMap<>(BY_NAME);
        List<IgnoredFile> otherDocuments = new ArrayList<>();
        jdbc.sql("SELECT FILE_NAME, PATH, STATUS, IGNORE_REASON FROM TH_FILE WHERE RUN_ID = ?")
                .param(runId)
                .query(rs -> {
                    String name = rs.getString(1);
                    if (!FileStatus.IGNORED.name().equals(rs.getString(3))) {
                        paths.put(name, Path.of(rs.getString(2)));
                        return;
                    }
                    String reason = rs.getString(4);
                    if (OTHER_DOCUMENT_REASONS.contains(reason)) {
                        otherDocuments.add(new IgnoredFile(name, IgnoredFile.Reason.valueOf(reason)));
                    }
                });
        otherDocuments.sort(Comparator.comparing(IgnoredFile::name, BY_NAME));
        return new Listed(paths, otherDocuments);
    }

    /**
     * The run's files as the outputs list them.
     *
     * @param paths          where each workbook of the run was read from, by name
     * @param otherDocuments the files ignored for their format (a spreadsheet saved as .ods or .xlsb, a PDF, a Word
     *                       letter), by name: a unit may have sent one of them instead of its report; and the links
     *                       leading out of the input folder, never read. Lock files, hidden files and links to files
     *                       of the folder are left out, being noise.
     */
    public record Listed(Map<String, Path> paths, List<IgnoredFile> otherDocuments) {
    }

    /** What checking each file found, one batch for all. */
    public void markChecked(String runId, List<Checked> files) {
        batch("UPDATE TH_FILE SET STATUS = ?, UNIT_CODE = ?, REPORT_DATE = ? WHERE RUN_ID = ? AND FILE_NAME = ?",
                files.stream().map(file -> new Object[] {file.status().name(), file.unitCode(), file.reportDate(),
                    runId, file.name()}).toList());
    }

    /** A file's status after its check, with its unit code and report date as read. */
    public record Checked(String name, FileStatus status, String unitCode, LocalDate reportDate) {
    }

    /** See {@link StagedRun#offerChecksForReuse}. */
    void offerChecksForReuse(String runId) {
        new ContentChecks(jdbc).recordRun(runId);
    }

    /** The status of each named file, one batch for all. */
    public void setStatuses(String runId, Map<String, FileStatus> statuses) {
        batch("UPDATE TH_FILE SET STATUS = ? WHERE RUN_ID = ? AND FILE_NAME = ?", statuses.entrySet().stream()
                .map(entry -> new Object[] {entry.getValue().name(), runId, entry.getKey()}).toList());
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            template.batchUpdate(sql, rows);
        }
    }

    public Map<String, FileStatus> statuses(String runId) {
        Map<String, FileStatus> statuses = new LinkedHashMap<>();
        jdbc.sql("SELECT FILE_NAME, STATUS FROM TH_FILE WHERE RUN_ID = ? AND STATUS <> ?")
                .params(runId, PENDING)
                .query(rs -> {
                    statuses.put(rs.getString("FILE_NAME"), FileStatus.valueOf(rs.getString("STATUS")));
                });
        return statuses;
    }

    /**
     * Counts for the summary; {@code read} counts the workbooks parsed in this run, {@code reused} the others. For a
     * run whose per-file rows were purged, the counts kept when they were.
     */
    public FileCounts counts(String runId) {
        Optional<FileCounts> kept = jdbc.sql("SELECT * FROM TH_RUN_FILES WHERE RUN_ID = ?").param(runId)
                .query((rs, row) -> new FileCounts(rs.getInt("SEEN"), rs.getInt("READ_FILES"), rs.getInt("REUSED"),
                        rs.getInt("ACCEPTED"), rs.getInt("REJECTED"), rs.getInt("IGNORED")))
                .optional();
        return kept.orElseGet(() -> countedFromFiles(runId));
    }

    /**
     * Keeps the run's counts apart from its per-file rows: once its files are reconciled (they are final then, and
     * the outputs and the console read them at once) and before those rows are purged.
     */
    void keepCounts(String runId) {
        FileCounts counts = countedFromFiles(runId);
        jdbc.sql("DELETE FROM TH_RUN_FILES WHERE RUN_ID = ?").param(runId).update();
        jdbc.sql("INSERT INTO TH_RUN_FILES (RUN_ID, SEEN, READ_FILES, REUSED, ACCEPTED, REJECTED, IGNORED) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(runId, counts.seen(), counts.read(), counts.reused(), counts.accepted(), counts.rejected(),
                        counts.ignored())
                .update();
    }

    private FileCounts countedFromFiles(String runId) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        int[] reused = {0};
        // one pass: COUNT(REUSED_FROM) counts the rows of each status whose check was reused
        jdbc.sql("SELECT STATUS, COUNT(*) AS N, COUNT(REUSED_FROM) AS R FROM TH_FILE WHERE RUN_ID = ? GROUP BY STATUS")
                .param(runId)
                .query(rs -> {
                    byStatus.put(rs.getString("STATUS"), rs.getInt("N"));
                    reused[0] += rs.getInt("R");
                });
        int accepted = byStatus.getOrDefault(FileStatus.ACCEPTED.name(), 0);
        int superseded = byStatus.getOrDefault(FileStatus.SUPERSEDED.name(), 0);
        int rejected = byStatus.getOrDefault(FileStatus.REJECTED.name(), 0);
        int ignored = byStatus.getOrDefault(FileStatus.IGNORED.name(), 0);
        int pending = byStatus.getOrDefault(PENDING, 0);
        int checked = accepted + superseded + rejected;
        return new FileCounts(checked + ignored + pending, checked - reused[0], reused[0], accepted, rejected,
                ignored);
    }

    private static SourceFile sourceFile(ResultSet rs, int row) throws SQLException {
        return new SourceFile(java.nio.file.Path.of(rs.getString("PATH")), rs.getString("FILE_NAME"),
                rs.getLong("SIZE_BYTES"), rs.getTimestamp("LAST_MODIFIED").toInstant(), rs.getString("SHA256"));
    }
}
