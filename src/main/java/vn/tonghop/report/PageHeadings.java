package vn.tonghop.report;

import java.time.format.DateTimeFormatter;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.vocabulary.OutputTexts;

/** The running header of a campaign's printed outputs: its title and cut-off date, and the page numbers. */
final class PageHeadings {

    private PageHeadings() {
    }

    static PageHeading of(Campaign campaign, OutputTexts messages) {
        return new PageHeading(campaign.title(),
                messages.format("print.asOf", campaign.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                messages.text("print.page"));
    }
}
