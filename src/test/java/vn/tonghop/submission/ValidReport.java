package vn.tonghop.submission;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * The report of unit DV001 that passes every check of a campaign with the sample's groups (38/40 cadres and 90/100
 * masses at one session), which the real-workbook tests change one thing in, and the check they run it through.
 */
final class ValidReport {

    static final String UNIT = "DV001";
    static final LocalDate REPORTED_ON = LocalDate.of(2007, 6, 20);
    static final LocalDate HELD_ON = LocalDate.of(2007, 6, 5);

    private ValidReport() {
    }

    static SubmissionWorkbook of(Campaign campaign) {
        return SubmissionWorkbook.forCampaign(campaign).unit(UNIT, "Văn phòng Tỉnh ủy").reportDate(REPORTED_ON)
                .form("Tự tổ chức").membership(SampleGenerator.CADRES, 40).membership(SampleGenerator.MASSES, 100)
                .session("DV001-1", HELD_ON, "Hội trường Tỉnh ủy", 38, 90);
    }

    /** Checks a file with the reader the job uses, under its own name. */
    static CheckResult check(Path file, Campaign campaign) {
        return new WorkbookChecker(new PoiWorkbookReader()).check(file, file.getFileName().toString(), campaign);
    }
}
