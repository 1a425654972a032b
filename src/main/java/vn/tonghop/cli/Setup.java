package vn.tonghop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.JobDefinitions;

/** What a command works on, checked before anything is read: the folders, the file names and the campaign. */
public record Setup(Campaign campaign, Path input, Path output, Path data, Locale language) {

    /**
     * @throws SetupException when a folder is missing, a file, or not readable or writable as it must be, or when
     *                        the locale garbles the file names
     * @throws vn.tonghop.campaign.InvalidCampaignException when the job definition cannot be used
     */
    public static Setup of(CommandLine commandLine) {
        List<Path> paths = new ArrayList<>(List.of(commandLine.input(), commandLine.output()));
        paths.add(commandLine.job() != null ? commandLine.job() : commandLine.jobs());
        FileNameEncoding names = FileNameEncoding.ofThisJvm();
        requireDataFolder(commandLine.data(), paths);
        Folders.requireReadable(Folders.INPUT, commandLine.input());
        Folders.requireWritable(Folders.OUTPUT, commandLine.output());
        names.requireIntactNames(commandLine.input());
        Path jobFile = commandLine.job() != null ? commandLine.job() : JobDefinitions.single(commandLine.jobs());
        Campaign campaign = new CampaignLoader().load(jobFile);
        return new Setup(campaign, commandLine.input(), commandLine.output(), commandLine.data(),
                commandLine.language());
    }

    /**
     * The checks of every command that opens the data folder: it and the log folder can be written, and their
     * names, the working folder's and {@code otherPaths} reach this Java intact.
     *
     * @throws SetupException naming the folder and the problem
     */
    static void requireDataFolder(Path data, List<Path> otherPaths) {
        Path logs = LogFolder.configured();
        List<Path> paths = new ArrayList<>(otherPaths);
        paths.addAll(List.of(data, logs));
        FileNameEncoding.ofThisJvm().requireIntact(System.getProperty("user.dir"), paths);
        Folders.requireWritable(Folders.DATA, data);
        Folders.requireWritable(Folders.LOGS, logs);
    }
}
