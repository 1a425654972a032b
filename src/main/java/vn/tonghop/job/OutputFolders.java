package vn.tonghop.job;

import java.nio.file.Path;

/** Where a run's outputs go: {@code <output>/<job id>/<run id>/}. */
public final class OutputFolders {

    private OutputFolders() {
    }

    public static Path runFolder(Path output, String jobId, String runId) {
        return output.resolve(jobId).resolve(runId);
    }
}
