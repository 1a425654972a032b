package vn.tonghop.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a run's outputs go: {@code <output>/<job id>/<run id>/}, and {@code <output>/<job id>/latest.txt} naming
 * the newest complete run (a plain file, since links need rights that office PCs rarely give).
 */
public final class OutputFolders {

    public static final String LATEST = "latest.txt";

    private OutputFolders() {
    }

    public static Path runFolder(Path output, String jobId, String runId) {
        return output.resolve(jobId).resolve(runId);
    }

    /** Points {@code latest.txt} at a run folder that is complete; replaced in one move, never half-written. */
    static void pointLatest(Path runFolder) throws IOException {
        Path jobFolder = runFolder.getParent();
        Path next = jobFolder.resolve("." + LATEST + ".next");
        Files.writeString(next, runFolder.getFileName() + System.lineSeparator(), StandardCharsets.UTF_8);
        Files.move(next, jobFolder.resolve(LATEST), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
