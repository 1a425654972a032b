package vn.tonghop.staging;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Figures;

/** The consolidated figures of a run (table TH_RESULT), handed from the consolidate step to the output step. */
@Repository
public class ResultStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the run's result, and its overall figures apart, which the console and the history read alone. */
    public void save(String runId, Consolidation consolidation) {
        jdbc.sql("DELETE FROM TH_RESULT WHERE RUN_ID = ?").param(runId).update();
        jdbc.sql("INSERT INTO TH_RESULT (RUN_ID, CONSOLIDATION) VALUES (?, ?)")
                .params(runId, json.writeValueAsString(consolidation)).update();
        saveOverallFigures(runId, consolidation.overall());
    }

    public Consolidation load(String runId) {
        return find(runId).orElseThrow(() -> new IllegalStateException("run " + runId + " has not been consolidated"));
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
        jdbc.sql("DELETE FROM TH_RESULT WHERE RUN_ID = ?").param(runId).update();
    }

    private void saveOverallFigures(String runId, Figures overall) {
        jdbc.sql("DELETE FROM TH_RUN_FIGURES WHERE RUN_ID = ?").param(runId).update();
        jdbc.sql("INSERT INTO TH_RUN_FIGURES (RUN_ID, FIGURES) VALUES (?, ?)")
                .params(runId, json.writeValueAsString(overall)).update();
    }

    /** The figures of a run, or empty when it stopped before it was consolidated. */
    public Optional<Consolidation> find(String runId) {
        return jdbc.sql("SELECT CONSOLIDATION FROM TH_RESULT WHERE RUN_ID = ?").param(runId)
                .query(String.class).optional().map(text -> json.readValue(text, Consolidation.class));
    }
}
