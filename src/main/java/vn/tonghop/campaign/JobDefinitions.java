package vn.tonghop.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the job definitions of a jobs folder: one {@code <id>/job.yml} per campaign. */
public final class JobDefinitions {

    private JobDefinitions() {
    }

    public static List<Path> in(Path jobsFolder) {
        if (!Files.isDirectory(jobsFolder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(jobsFolder)) {
            return children.map(child -> child.resolve("job.yml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The job to run when none is named: the only one in the folder.
     *
     * @throws InvalidCampaignException when there is none or more than one, listing them
     */
    public static Path single(Path jobsFolder) {
        List<Path> jobs = in(jobsFolder);
        if (jobs.size() == 1) {
            return jobs.get(0);
        }
        if (jobs.isEmpty()) {
            throw new InvalidCampaignException(jobsFolder, null, "no job definition (<id>/job.yml) found");
        }
        throw new InvalidCampaignException(jobsFolder, null, "several jobs, choose one with --job=FILE: "
                + jobs.stream().map(Path::toString).toList());
    }
}
