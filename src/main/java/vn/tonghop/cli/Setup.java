package vn.tonghop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.JobDefinitions;

/** What a command works on, checked before anything starts: the campaign and the folders. */
public record Setup(Campaign campaign, Path input, Path output, Path data, Locale language) {

    /**
     * @throws CommandLine.UsageException when the input folder does not exist
     * @throws vn.tonghop.campaign.InvalidCampaignException when the job definition cannot be used
     */
    public static Setup of(CommandLine commandLine) {
        Path jobFile = commandLine.job() != null ? commandLine.job() : JobDefinitions.single(commandLine.jobs());
        Campaign campaign = new CampaignLoader().load(jobFile);
        if (!Files.isDirectory(commandLine.input())) {
            throw new CommandLine.UsageException("input folder not found: " + commandLine.input().toAbsolutePath());
        }
        return new Setup(campaign, commandLine.input(), commandLine.output(), commandLine.data(),
                commandLine.language());
    }
}
