package vn.tonghop.cli;

import java.nio.file.Path;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.JobDefinitions;
import vn.tonghop.template.TemplateFolder;

/**
 * {@code template}: writes the workbooks the units fill in, a blank one and one per registry unit, into
 * {@code <output>/<job id>/}. Needs neither the input folder nor the database.
 */
public final class TemplateCommand implements Command {

    private final Consoles consoles;

    public TemplateCommand(Consoles consoles) {
        this.consoles = consoles;
    }

    @Override
    public int execute(CommandLine commandLine) throws Exception {
        Path jobFile = commandLine.job() != null ? commandLine.job() : JobDefinitions.single(commandLine.jobs());
        Campaign campaign = new CampaignLoader().load(jobFile);
        TemplateFolder.Written written = new TemplateFolder().write(campaign, commandLine.output());
        consoles.out().println(campaign.title());
        consoles.out().println("  " + TemplateFolder.BLANK + " + " + written.personalised() + " "
                + (written.personalised() == 1 ? "workbook" : "workbooks") + " (<unit code>.xlsx)");
        consoles.out().println("Templates: " + written.folder().toAbsolutePath());
        return ExitCodes.COMPLETED;
    }
}
