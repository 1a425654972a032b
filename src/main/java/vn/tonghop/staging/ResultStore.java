package vn.tonghop.staging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Figures;

/**
 * The consolidated figures of a run (table TH_RESULT_DEFLATED), handed from the consolidate step to the output step.
 * The result of tens of thousands of units is tens of megabytes of JSON: it is deflated as it is written and
 * inflated as it is read, never held as one string (at 60,000 units that string alone took more than a 512 MB
 * heap).
 * <p>
 * The result this process last committed is also kept in memory until the output step takes it: reading back and
 * parsing what the previous step has just written was a third of the output step of a night at 10,000 units. An
 * output step in another process (a restart after a crash) reads the database, which holds the same figures.
 */
@Repository
public class ResultStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<Committed> lastCommitted = new AtomicReference<>();

    public ResultStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Saves the run's result, and its overall figures apart, which the console and the history read alone. Kept in
     * memory only once the transaction it is saved in has committed: a result rolled back was never consolidated.
     */
    public void save(String runId, Consolidation consolidation) {
        lastCommitted.set(null);
        delete(runId);
        byte[] deflated = deflatedJson(consolidation);
        template.update("INSERT INTO TH_RESULT_DEFLATED (RUN_ID, CONSOLIDATION) VALUES (?, ?)", statement -> {
            statement.setString(1, runId);
            statement.setBinaryStream(2, new ByteArrayInputStream(deflated), deflated.length);
        });
        saveOverallFigures(runId, consolidation.overall());
        keepOnceCommitted(new Committed(runId, consolidation));
    }

    /**
     * The run's result for its outputs: the one this process has just committed, taken once, else the database's.
     */
    public Consolidation load(String runId) {
        Committed kept = takeKept(runId);
        if (kept != null) {
            return kept.consolidation();
        }
        return find(runId).orElseThrow(() -> new IllegalStateException("run " + runId + " has not been consolidated"));
    }

    /** The run's result kept in memory, no longer kept; null when what is kept (if anything) is another run's. */
    private Committed takeKept(String runId) {
        Committed kept = lastCommitted.getAndUpdate(committed -> committed != null && committed.runId().equals(runId)
                ? null : committed);
        return kept != null && kept.runId().equals(runId) ? kept : null;
    }

    private void keepOnceCommitted(Committed result) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            lastCommitted.set(result);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                lastCommitted.set(result);
            }
        });
    }

    /** A run's result as this process committed it to the database. */
    private record Committed(String runId, Consolidation consolidation) {
    }

    /**
     * The overall figures of a run, also of one whose full result was purged; empty when it stopped before it was
     * consolidated.
     */
    public Optional<Figures> overallFigures(String runId) {
        Optional<Figures> kept = jdbc.sql("SELECT FIGURES FROM TH_RUN_FIGURES WHERE RUN_ID = ?").param(runId)
                .query(String.class).optional().map(text -> json.readValue(text, Figures.class));
        return kept.isPresent() ? kept : find(runId).map(Consolidation::overall);
    }

    /** Keeps only the overall figures of the run, for the history; its full result (every unit's line) goes. */
    void keepOnlyOverallFigures(String runId) {
        boolean kept = jdbc.sql("SELECT COUNT(*) FROM TH_RUN_FIGURES WHERE RUN_ID = ?").param(runId)
                .query(Integer.class).single() > 0;
        if (!kept) {
            // a run consolidated by a version that saved its overall figures only when purging
            find(runId).ifPresent(consolidation -> saveOverallFigures(runId, consolidation.overall()));
        }
        delete(runId);
        takeKept(runId);
    }

    private void saveOverallFigures(String runId, Figures overall) {
        jdbc.sql("DELETE FROM TH_RUN_FIGURES WHERE RUN_ID = ?").param(runId).update();
        jdbc.sql("INSERT INTO TH_RUN_FIGURES (RUN_ID, FIGURES) VALUES (?, ?)")
                .params(runId, json.writeValueAsString(overall)).update();
    }

    /** The figures of a run, or empty when it stopped before it was consolidated. */
    public Optional<Consolidation> find(String runId) {
        Optional<Consolidation> deflated = jdbc.sql("SELECT CONSOLIDATION FROM TH_RESULT_DEFLATED WHERE RUN_ID = ?")
                .param(runId)
                .query((rs, row) -> {
                    try (InputStream text = new InflaterInputStream(rs.getBinaryStream(1))) {
                        return json.readValue(text, Consolidation.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the result of run " + runId, e);
                    }
                }).optional();
        return deflated.isPresent() ? deflated : findText(runId);
    }

    /** A result saved as JSON text by a version before TH_RESULT_DEFLATED. */
    private Optional<Consolidation> findText(String runId) {
        return jdbc.sql("SELECT CONSOLIDATION FROM TH_RESULT WHERE RUN_ID = ?").param(runId)
                .query((rs, row) -> {
                    try (Reader text = rs.getCharacterStream(1)) {
                        return json.readValue(text, Consolidation.class);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the result of run " + runId, e);
                    }
                }).optional();
    }

    private void delete(String runId) {
        jdbc.sql("DELETE FROM TH_RESULT_DEFLATED WHERE RUN_ID = ?").param(runId).update();
        jdbc.sql("DELETE FROM TH_RESULT WHERE RUN_ID = ?").param(runId).update();
    }

    /**
     * The result as UTF-8 JSON, deflated at the fastest level as it is written: a few megabytes at national scale,
     * a tenth of the JSON text that the database had to compress itself before.
     */
    private byte[] deflatedJson(Consolidation consolidation) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 1 << 16)) {
                json.writeValue(out, consolidation);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the result", e);
        } finally {
            deflater.end();
        }
    }
}
