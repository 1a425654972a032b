package vn.tonghop.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.intake.IgnoredFile;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.Issue;

/**
 * What the writers of a run's outputs receive.
 *
 * @param issues      every issue of the run, errors first, then by unit, file and cell
 * @param sourcePaths    where each workbook of the run was read from, by the name staff know it by
 * @param otherDocuments the files of the input folder not read for their format, by name
 */
public record OutputContents(Campaign campaign, String runId, Instant startedAt, FileCounts files,
                        Consolidation consolidation, List<Issue> issues, Map<String, Path> sourcePaths,
                        List<IgnoredFile> otherDocuments) {

    public OutputContents {
        issues = List.copyOf(issues);
        sourcePaths = Map.copyOf(sourcePaths);
        otherDocuments = List.copyOf(otherDocuments);
    }
}
