package vn.tonghop.staging;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.intake.SourceFile;

/**
 * Incremental runs: a workbook whose content (SHA-256) was already checked against the same campaign is not parsed
 * again. Its staged submission, sessions and issues are not copied either: the run's ledger row points at the run
 * and name they are kept under (see {@link ReusedChecks}), so an unchanged night writes one row per file.
 */
@Repository
public class CheckReuse {

    /** Of two earlier checks, the newer run's first (for one workbook, then its own name's, then the first name). */
    private static final Comparator<Earlier> PREFERRED = Comparator.comparing(Earlier::runId).reversed();

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public CheckReuse(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * For each workbook of the run that need not be parsed, by name, the earlier check of the same content against
     * the same campaign it takes over. Looked up before the run's ledger rows are written, so that each row is
     * written once, already saying where its check is kept (writing the rows as pending and updating most of them
     * afterwards was a third of an unchanged night). A rejected file is reused only under the same name: its unit
     * may have been taken from its name, when its content gave none (see {@code WorkbookChecker}).
     */
    public Map<String, Earlier> earlierChecks(String runId, List<SourceFile> workbooks, String campaignHash) {
        Map<String, List<Earlier>> bySha = new ContentChecks(jdbc).against(campaignHash, runId);
        Map<String, Earlier> chosen = new LinkedHashMap<>();
        for (SourceFile workbook : workbooks) {
            List<Earlier> same = workbook.sha256() == null ? null : bySha.get(workbook.sha256());
            if (same == null) {
                continue;
            }
            same.stream()
                    .filter(check -> check.status() != FileStatus.REJECTED || check.name().equals(workbook.name()))
                    .min(PREFERRED.thenComparing(check -> !check.name().equals(workbook.name()))
                            .thenComparing(Earlier::name))
                    .ifPresent(check -> chosen.put(workbook.name(), check));
        }
        return chosen;
    }

    /** Records, for the purge, which runs the run takes checks from. */
    public void recordOrigins(String runId, Map<String, Earlier> reused) {
        new RunOrigins(jdbc, template).record(runId,
                reused.values().stream().map(Earlier::runId).collect(Collectors.toSet()));
    }

    /**
     * An earlier check of a workbook's content: the run and name its staged rows are kept under, what it found.
     */
    public record Earlier(String runId, String name, FileStatus status, String unitCode, LocalDate reportDate) {

        /** Superseded is decided again across the files of this run; what was checked clean is accepted. */
        public FileStatus reusedStatus() {
            return status == FileStatus.REJECTED ? FileStatus.REJECTED : FileStatus.ACCEPTED;
        }
    }
}
