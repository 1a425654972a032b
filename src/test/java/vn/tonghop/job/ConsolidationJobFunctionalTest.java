package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.tonghop.fixtures.SampleGenerator;

/** The whole job on the shipped sample: the committee's 2007 figures, the issues, and the staged counts. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidationJobFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");
    private static final Path INPUT = Path.of("input");

    private static final Path data = TestDatabases.newFolder("ConsolidationJobFunctionalTest");
    @TempDir
    static Path output;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("tonghop.data", () -> data.toString());
    }

    @Autowired
    JobOperator operator;
    @Autowired
    JobRepository repository;
    @Autowired
    Job consolidationJob;

    private JobExecution execution;
    private JsonNode summary;

    @BeforeAll
    void runTheJobOnTheSample() throws Exception {
        execution = new JobRuns(operator, repository, consolidationJob).run("sample", JOB, INPUT, output);
        summary = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "sample"));
    }

    @Test
    void everyStepRanAndEachWorkbookWasCheckedOnce() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepExecution> steps = execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertThat(steps).containsOnlyKeys("discoverFiles", "checkWorkbooks", "reconcile", "consolidate",
                "writeOutputs");
        // 89 files: 85 counted, the superseded early version, the rejected file; the lock file and the note ignored
        StepExecution check = steps.get("checkWorkbooks");
        assertThat(check.getReadCount()).isEqualTo(87);
        assertThat(check.getWriteCount()).isEqualTo(87);
        assertThat(check.getSkipCount()).isZero();
        assertThat(steps.get("reconcile").getWriteCount()).isEqualTo(85);
    }

    @Test
    void summaryReproducesTheCommitteeReport() {
        assertThat(summary.get("job").asString()).isEqualTo("hoc-tap-2007-gd1");
        assertThat(summary.get("period").asString()).isEqualTo("2007-GD1");
        assertThat(summary.get("asOf").asString()).isEqualTo("2007-06-30");
        assertThat(summary.at("/units/expected").asInt()).isEqualTo(87);
        assertThat(summary.at("/units/reported").asInt()).isEqualTo(85);
        assertThat(texts(summary.at("/units/missing"))).containsExactlyInAnyOrderElementsOf(
                SampleGenerator.NOT_REPORTING_UNITS);
        assertThat(summary.get("sessions").asLong()).isEqualTo(81);
        assertThat(summary.get("attendees").asLong()).isEqualTo(8_602);

        JsonNode cadres = summary.at("/groups/0");
        assertThat(cadres.get("key").asString()).isEqualTo("can-bo-dang-vien");
        assertThat(cadres.get("attended").asLong()).isEqualTo(2_488);
        assertThat(cadres.get("total").asLong()).isEqualTo(2_559);
        assertThat(cadres.get("rate").decimalValue()).isEqualByComparingTo("97.23");
        JsonNode masses = summary.at("/groups/1");
        assertThat(masses.get("key").asString()).isEqualTo("quan-chung");
        assertThat(masses.get("attended").asLong()).isEqualTo(6_114);
        assertThat(masses.get("total").asLong()).isEqualTo(6_224);
        assertThat(masses.get("rate").decimalValue()).isEqualByComparingTo("98.23");
    }

    @Test
    void fileCountsSeparateReadAcceptedRejectedAndIgnored() {
        JsonNode files = summary.get("files");
        assertThat(files.get("seen").asInt()).isEqualTo(89);
        assertThat(files.get("read").asInt()).isEqualTo(87);
        assertThat(files.get("accepted").asInt()).isEqualTo(85);
        assertThat(files.get("rejected").asInt()).isEqualTo(1);
        assertThat(files.get("ignored").asInt()).isEqualTo(2);
    }

    @Test
    void theFaultyFilesShowAsIssuesWithFileUnitAndCell() {
        List<String> lines = new ArrayList<>();
        summary.get("issues").forEach(issue -> lines.add(String.join("|", issue.get("code").asString(),
                text(issue.get("file")), text(issue.get("unit")), text(issue.get("cell")))));

        assertThat(lines).contains(
                "DUPLICATE_SUPERSEDED|" + SampleGenerator.SUPERSEDED_FILE + "|DV009|",
                "NOT_REPORTED||DV053|",
                "NOT_REPORTED|" + SampleGenerator.REJECTED_FILE + "|DV079|");
        assertThat(lines).filteredOn(line -> line.startsWith("TOTAL_ROW_MISMATCH|"))
                .singleElement().satisfies(line ->
                        assertThat(line).startsWith("TOTAL_ROW_MISMATCH|" + SampleGenerator.REJECTED_FILE + "|DV079|")
                                .matches(".*\\|[A-Z]+\\d+$"));
        // the sample's accepted files are clean: nothing else is reported
        assertThat(lines).hasSize(4);
        summary.get("issues").forEach(issue -> assertThat(issue.get("message").asString()).isNotBlank()
                .doesNotContain("{"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }
}
