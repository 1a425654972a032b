package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.staging.ResultStore;

/** Unchanged files are not parsed again; a changed file under the same name is, and replaces its old version. */
@JobFunctionalTest
class IncrementalRunFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");
    private static final String DV001 = "DV001-Van-phong-Tinh-uy.xlsx";
    private static final String DV002 = "DV002-Ban-To-chuc-Tinh-uy.xlsx";

    @Autowired
    JobRuns runs;
    @Autowired
    ResultStore results;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondRunOverUnchangedFilesParsesNothingAndGivesTheSameFigures(@TempDir Path folder) throws Exception {
        Path input = JobRuns.copyOfSampleInput(folder);
        Path output = folder.resolve("output");

        runs.run("first", JOB, input, output);
        JsonNode first = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "first"));
        JobExecution second = runs.run("second", JOB, input, output);
        JsonNode again = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "second"));

        assertThat(first.at("/files/read").asInt()).isEqualTo(87);
        assertThat(again.at("/files/read").asInt()).isZero();
        assertThat(again.at("/files/reused").asInt()).isEqualTo(87);
        assertThat(step(second, "checkWorkbooks").getReadCount()).isZero();
        for (String figure : new String[] {"/units", "/sessions", "/attendees", "/groups", "/issues"}) {
            assertThat(again.at(figure)).as(figure).isEqualTo(first.at(figure));
        }
        assertThat(again.at("/files/accepted").asInt()).isEqualTo(85);
        assertThat(again.at("/files/rejected").asInt()).isEqualTo(1);
        // the counts the outputs and the console show were kept when the files were reconciled, one row per run
        assertThat(rows("TH_RUN_FILES", "first")).isOne();
        assertThat(rows("TH_RUN_FILES", "second")).isOne();
        // the reused checks are referenced where they were staged, not copied into the new run
        // (86: the early version DV009 superseded also passed its check)
        assertThat(rows("TH_SUBMISSION", "second")).isZero();
        assertThat(rows("TH_SUBMISSION", "first")).isEqualTo(86);

        // DV001 sends a corrected workbook under the same name: only it is read, and only its new figures count
        Figures dv001Before = dv001Figures("first");
        SubmissionWorkbook.forCampaign(SampleGenerator.campaign()).unit("DV001", "Văn phòng Tỉnh ủy")
                .reportDate(LocalDate.of(2007, 6, 29)).form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 42).membership(SampleGenerator.MASSES, 66)
                .session("DV001-01", LocalDate.of(2007, 6, 5), "Hội trường", 40, 60)
                .writeTo(input.resolve(DV001));
        runs.run("third", JOB, input, output);
        JsonNode third = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "third"));

        assertThat(third.at("/files/read").asInt()).isEqualTo(1);
        assertThat(third.at("/files/reused").asInt()).isEqualTo(86);
        assertThat(third.at("/units/reported").asInt()).isEqualTo(85);
        assertThat(third.get("attendees").asLong())
                .isEqualTo(first.get("attendees").asLong() - dv001Before.attendees() + 100);
        assertThat(third.at("/groups/0/attended").asLong())
                .isEqualTo(first.at("/groups/0/attended").asLong() - dv001Before.groups().get(0).attended() + 40);

        // renamed files: an accepted check is reused under any name, a rejected one only under its own, for the
        // unit of a file whose content names none is taken from its name
        Files.move(input.resolve(SampleGenerator.REJECTED_FILE), input.resolve("DV079-gui-lai.xlsx"));
        Files.move(input.resolve(DV002), input.resolve("DV002-ban-sao.xlsx"));
        runs.run("fourth", JOB, input, output);
        JsonNode fourth = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "fourth"));

        assertThat(fourth.at("/files/read").asInt()).isEqualTo(1);
        assertThat(fourth.at("/files/reused").asInt()).isEqualTo(86);
        assertThat(fourth.at("/files/rejected").asInt()).isEqualTo(1);
        assertThat(fourth.get("attendees")).isEqualTo(third.get("attendees"));
        assertThat(fourth.at("/issues").size()).isEqualTo(third.at("/issues").size());
        // every issue names the file as it is called now, also when its check was reused from under another name
        for (JsonNode issue : fourth.get("issues")) {
            if (issue.hasNonNull("file")) {
                assertThat(input.resolve(issue.get("file").asString())).as(issue.toString()).exists();
            }
        }
    }

    private int rows(String table, String run) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?").param(run).query(Integer.class)
                .single();
    }

    /** DV001's own figures in a run, from the staged consolidation. */
    private Figures dv001Figures(String run) {
        return results.load(run).units().stream().filter(line -> line.unit().code().equals("DV001")).findFirst()
                .orElseThrow().figures();
    }

    private static StepExecution step(JobExecution execution, String name) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseThrow();
    }
}
