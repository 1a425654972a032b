package vn.tonghop.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignFingerprint;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.InvalidCampaignException;
import vn.tonghop.intake.InputFolderScanner;
import vn.tonghop.staging.FileLedger;
import vn.tonghop.staging.InputDrift;

/**
 * Decides whether a failed or interrupted run may be finished: only when its job definition and its input folder
 * are as they were when it started. Otherwise finishing it would publish figures that a clean run over the folder
 * as it is now would not give. Lists the folder as the discovery step does (content hashes included), which costs
 * one pass over the files, as every run's first step does.
 */
@Component
public class ResumeCheck {

    private final FileLedger ledger;
    private final CampaignLoader campaigns;

    public ResumeCheck(FileLedger ledger, CampaignLoader campaigns) {
        this.ledger = ledger;
        this.campaigns = campaigns;
    }

    /** @return why the run must not be resumed, or empty when it may */
    public Optional<String> whyNotResumable(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        Campaign campaign;
        try {
            campaign = campaigns.load(Path.of(parameters.getString(JobParameterNames.JOB_FILE)));
        } catch (InvalidCampaignException e) {
            return Optional.of("its job definition can no longer be used: " + e.getMessage());
        }
        String digest = parameters.getString(JobParameterNames.CAMPAIGN);
        if (digest != null && !digest.equals(CampaignFingerprint.ofDefinition(campaign))) {
            return Optional.of("its job definition or registry of units changed since it started");
        }
        Optional<InputDrift.RecordedInput> recorded = ledger.recordedInput(parameters.getString(JobParameterNames.RUN));
        if (recorded.isEmpty()) {
            return Optional.empty(); // it stopped before listing its files: the restart lists the folder as it is
        }
        if (!recorded.get().campaignHashes().isEmpty()
                && !recorded.get().campaignHashes().equals(Set.of(CampaignFingerprint.of(campaign)))) {
            return Optional.of("the rules, period or registry of its job definition changed since it started");
        }
        Path input = Path.of(parameters.getString(JobParameterNames.INPUT));
        if (!Files.isDirectory(input)) {
            return Optional.of("its input folder " + input + " is gone");
        }
        return InputDrift.between(recorded.get(), new InputFolderScanner().scan(input))
                .map(change -> "the input folder changed since it started: " + change);
    }
}
