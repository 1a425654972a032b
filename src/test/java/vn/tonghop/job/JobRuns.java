package vn.tonghop.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.report.OutputFiles;

/** Launches the real consolidation job in a test and finds what it wrote; import it into a test's context. */
final class JobRuns {

    private final JobOperatorTestUtils utils;

    JobRuns(JobOperator operator, JobRepository repository, Job job) {
        utils = new JobOperatorTestUtils(operator, repository);
        utils.setJob(job);
    }

    JobExecution run(String runId, Path jobFile, Path input, Path output) throws Exception {
        return run(runId, jobFile, input, output, "vi");
    }

    JobExecution run(String runId, Path jobFile, Path input, Path output, String language) throws Exception {
        return utils.startJob(new JobParametersBuilder()
                .addString(JobParameterNames.LANGUAGE, language, false)
                .addString(JobParameterNames.JOB_FILE, jobFile.toAbsolutePath().toString())
                .addString(JobParameterNames.RUN, runId)
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().toString(), false)
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().toString(), false)
                .toJobParameters());
    }

    /** A copy of the shipped sample's input folder ({@code input/}) as {@code folder/input}. */
    static Path copyOfSampleInput(Path folder) throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    static JsonNode summary(Path runFolder) throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(runFolder.resolve(OutputFiles.SUMMARY)));
    }
}
