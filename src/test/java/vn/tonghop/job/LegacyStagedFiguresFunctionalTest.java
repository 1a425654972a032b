package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.staging.SubmissionStore;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;

/**
 * A data folder of a version that staged each submission's figures in three tables of their own: its submissions
 * read back the same, and a run that reuses its checks gives the same figures.
 */
@JobFunctionalTest
class LegacyStagedFiguresFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");

    @Autowired
    JobRuns runs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubmissionStore submissions;

    @Test
    void figuresStagedInTheOldTablesAreReadAndReused(@TempDir Path folder) throws Exception {
        Path input = JobRuns.copyOfSampleInput(folder);
        Path output = folder.resolve("output");
        runs.run("old-layout", JOB, input, output);
        JsonNode first = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "old-layout"));
        Map<String, Submission> staged = submissions.all("old-layout");
        assertThat(staged).hasSize(86);

        staged.forEach(this::stageAsEarlierVersions);
        jdbc.sql("UPDATE TH_SUBMISSION SET FIGURES = NULL WHERE RUN_ID = 'old-layout'").update();

        assertThat(submissions.all("old-layout")).isEqualTo(staged);
        runs.run("new-version", JOB, input, output);
        JsonNode again = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "new-version"));
        assertThat(again.at("/files/reused").asInt()).isEqualTo(87);
        for (String figure : new String[] {"/units", "/sessions", "/attendees", "/groups"}) {
            assertThat(again.at(figure)).as(figure).isEqualTo(first.at(figure));
        }
    }

    /** The rows the versions before TH_SUBMISSION.FIGURES wrote for one submission. */
    private void stageAsEarlierVersions(String file, Submission submission) {
        submission.membership().forEach((group, members) -> jdbc.sql("""
                        INSERT INTO TH_MEMBERSHIP (RUN_ID, FILE_NAME, GROUP_KEY, MEMBERS)
                        VALUES ('old-layout', ?, ?, ?)""")
                .params(file, group, members).update());
        for (SessionRow row : submission.sessions()) {
            jdbc.sql("""
                            INSERT INTO TH_SESSION (RUN_ID, FILE_NAME, ROW_NUMBER, CODE, SESSION_DATE, DATE_CELL, PLACE,
                                                    TOTAL, NOTE)
                            VALUES ('old-layout', ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(file, row.rowNumber(), row.code(), row.date(), row.dateCell(), row.place(), row.total(),
                            row.note()).update();
            row.attended().forEach((group, attended) -> jdbc.sql("""
                            INSERT INTO TH_ATTENDANCE (RUN_ID, FILE_NAME, ROW_NUMBER, GROUP_KEY, ATTENDED)
                            VALUES ('old-layout', ?, ?, ?, ?)""")
                    .params(file, row.rowNumber(), group, attended).update());
        }
    }
}
