package vn.tonghop.submission;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.campaign.ReportingUnit;

/** Campaigns for the checker tests. */
final class TestCampaigns {

    static final String CADRES = "can-bo-dang-vien";
    static final String MASSES = "quan-chung";
    static final ParticipantGroup CADRE_GROUP = new ParticipantGroup(CADRES, "Cán bộ chủ chốt và đảng viên",
            "Tổng số cán bộ chủ chốt và đảng viên", "Cán bộ chủ chốt và đảng viên dự");
    static final ParticipantGroup MASS_GROUP = new ParticipantGroup(MASSES, "Quần chúng, công đoàn viên, hội viên",
            "Tổng số quần chúng, công đoàn viên, hội viên", "Quần chúng, công đoàn viên, hội viên dự");
    static final LocalDate DEADLINE = LocalDate.of(2024, 3, 15);
    static final List<String> FORMS = List.of("Tự tổ chức", "Mời báo cáo viên cấp trên", "Ghép cụm");

    private TestCampaigns() {
    }

    /** The shipped campaign's two groups, three units, warning below 50 %. */
    static Campaign twoGroups() {
        return campaign(List.of(CADRE_GROUP, MASS_GROUP));
    }

    static Campaign campaign(List<ParticipantGroup> groups) {
        return new Campaign(Path.of("jobs/nq-2007/job.yml"), "nq-2007", "Học tập nghị quyết", "Đảng ủy xã",
                "2007-GD1", LocalDate.of(2024, 3, 31), DEADLINE, groups, FORMS, "Ghép cụm",
                new BigDecimal("50"), List.of(new ReportingUnit("DV001", "Chi bộ Thôn 1", false),
                new ReportingUnit("DV002", "Chi bộ Thôn 2", true),
                new ReportingUnit("DV003", "Chi bộ Trường học", false)), "0 0 18 * * *");
    }
}
