package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.staging.ContentCheckMigration;

/**
 * A data folder of the version that found reusable checks through an index on TH_FILE: its checks are carried
 * over, so the first night after the upgrade parses nothing that was parsed before, and the index is dropped.
 */
@JobFunctionalTest
class ContentCheckMigrationFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");

    @Autowired
    JobRuns runs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void checksStagedByTheEarlierVersionAreReusedAfterTheUpgrade(@TempDir Path folder) throws Exception {
        Path input = JobRuns.copyOfSampleInput(folder);
        Path output = folder.resolve("output");
        runs.run("before-upgrade", JOB, input, output);
        // the earlier version's layout: no table of checks, an index on the ledger's content column
        jdbc.sql("DELETE FROM TH_CONTENT_CHECK").update();
        jdbc.sql("CREATE INDEX TH_FILE_CONTENT ON TH_FILE (SHA256, CAMPAIGN_HASH, REUSED_NAME)").update();

        new ContentCheckMigration(jdbc).afterPropertiesSet();

        assertThat(count("SELECT COUNT(*) FROM TH_CONTENT_CHECK WHERE RUN_ID = 'before-upgrade'")).isEqualTo(87);
        assertThat(count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO WHERE INDEX_NAME = "
                + "'TH_FILE_CONTENT'")).isZero();
        new ContentCheckMigration(jdbc).afterPropertiesSet();
        assertThat(count("SELECT COUNT(*) FROM TH_CONTENT_CHECK")).isEqualTo(87);

        runs.run("after-upgrade", JOB, input, output);
        JsonNode after = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "after-upgrade"));
        assertThat(after.at("/files/read").asInt()).isZero();
        assertThat(after.at("/files/reused").asInt()).isEqualTo(87);
        assertThat(after.at("/files/rejected").asInt()).isEqualTo(1);
        assertThat(after.at("/units/reported").asInt()).isEqualTo(85);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
