package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.job.ConsolidationRunner.RunOutcome;

/**
 * A run is named after the second it starts, and never takes the name of a run folder that exists: two runs in
 * the same second (or a folder left with that name) get distinct folders, and nothing already there is touched.
 */
@JobFunctionalTest
class RunIdsFunctionalTest {

    private static final String[] FILES = {"DV001-Van-phong-Tinh-uy.xlsx", "DV002-Ban-To-chuc-Tinh-uy.xlsx"};

    @Autowired
    ConsolidationRunner runner;

    @Test
    void runsStartedWhileTheirSecondsNamesAreTakenGetDistinctFolders(@TempDir Path folder) throws Exception {
        Campaign campaign = new CampaignLoader().load(Path.of("jobs/hoc-tap-2007-gd1/job.yml"));
        Path input = Files.createDirectories(folder.resolve("input"));
        for (String file : FILES) {
            Files.copy(Path.of("input", file), input.resolve(file));
        }
        Path output = folder.resolve("output");
        // the names of the coming minute are taken, by folders a test wrote: both runs must fall in one of them
        LocalDateTime now = LocalDateTime.now();
        List<Path> taken = new ArrayList<>();
        for (int second = 0; second < 60; second++) {
            taken.add(Files.createDirectories(OutputFolders.runFolder(output, campaign.id(),
                    RunIds.of(now.plusSeconds(second)))));
        }

        RunOutcome first = runner.run(campaign, input, output, Locale.forLanguageTag("vi"));
        RunOutcome second = runner.run(campaign, input, output, Locale.forLanguageTag("vi"));

        assertThat(first.completed()).isTrue();
        assertThat(second.completed()).isTrue();
        assertThat(first.runId()).matches("\\d{8}-\\d{6}-\\d+");
        assertThat(second.runId()).matches("\\d{8}-\\d{6}-\\d+").isNotEqualTo(first.runId());
        assertThat(first.outputFolder().resolve("summary.json")).isNotEmptyFile();
        assertThat(second.outputFolder().resolve("summary.json")).isNotEmptyFile();
        assertThat(taken).allSatisfy(path -> assertThat(path).isEmptyDirectory());
    }
}
