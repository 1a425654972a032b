package vn.tonghop.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.consolidation.ConsolidationFixtures.campaign;
import static vn.tonghop.consolidation.ConsolidationFixtures.file;
import static vn.tonghop.consolidation.ConsolidationFixtures.unit;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Rates;

class ConsolidatorTest {

    private final Campaign campaign = campaign(List.of("dv", "qc", "tn"),
            unit("DV1", true), unit("DV2", false), unit("DV3", false), unit("DV4", true));

    private final List<CheckedFile> files = List.of(
            // DV1 and DV2 study together in cluster C1: their joint session counts once
            file("dv1.xlsx", "DV1").cluster("C1").members("dv", 40).members("qc", 100).members("tn", 30)
                    .session("C1-01", 5, 39, 98, 30).build(),
            file("dv2.xlsx", "DV2").cluster("C1").members("dv", 20).members("qc", 50).members("tn", 10)
                    .session("C1-01", 5, 18, 49, 9).build(),
            // DV3 holds two sessions of its own, one of them without a code
            file("dv3.xlsx", "DV3").members("dv", 30).members("qc", 3).members("tn", 0)
                    .session("DV3-01", 8, 15, 1, 0).session(null, 9, 14, 1, 0).build(),
            file("dv4.xlsx", "DV4").rejectedWith(IssueCode.NEGATIVE).build());

    private Consolidation consolidate() {
        Reconciliation reconciliation = new Reconciler().reconcile(campaign, files);
        return new Consolidator().consolidate(campaign, files, reconciliation);
    }

    @Test
    void overallFiguresCountJointSessionsOnceAndAddEveryGroup() {
        Figures overall = consolidate().overall();

        assertThat(overall.unitsReported()).isEqualTo(3);
        assertThat(overall.unitsExpected()).isEqualTo(4);
        assertThat(overall.sessions()).isEqualTo(3);
        assertThat(overall.attendees()).isEqualTo(39 + 98 + 30 + 18 + 49 + 9 + 15 + 1 + 14 + 1);
        assertThat(overall.groups()).extracting(GroupFigures::key, GroupFigures::attended, GroupFigures::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dv", 86L, 90L),
                        org.assertj.core.groups.Tuple.tuple("qc", 149L, 153L),
                        org.assertj.core.groups.Tuple.tuple("tn", 39L, 40L));
        assertThat(overall.groups().get(0).rate()).isEqualByComparingTo("95.56");
        assertThat(overall.groups().get(1).rate()).isEqualByComparingTo("97.39");
        assertThat(overall.groups().get(2).rate()).isEqualByComparingTo("97.50");
    }

    @Test
    void figuresByFormPilotAndCluster() {
        Consolidation result = consolidate();

        assertThat(result.byForm().keySet()).containsExactly("Tự tổ chức", "Mời báo cáo viên cấp trên", "Ghép cụm");
        assertThat(result.byForm().get("Ghép cụm").sessions()).isEqualTo(1);
        assertThat(result.byForm().get("Ghép cụm").unitsReported()).isEqualTo(2);
        assertThat(result.byForm().get("Tự tổ chức").sessions()).isEqualTo(2);
        assertThat(result.byForm().get("Mời báo cáo viên cấp trên").unitsReported()).isZero();

        // DV1 reported, DV4 (pilot) was rejected
        assertThat(result.pilot().unitsReported()).isEqualTo(1);
        assertThat(result.pilot().unitsExpected()).isEqualTo(2);
        assertThat(result.pilot().attendees()).isEqualTo(39 + 98 + 30);

        assertThat(result.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.code()).isEqualTo("C1");
            assertThat(cluster.figures().sessions()).isEqualTo(1);
            assertThat(cluster.figures().groups().get(0).attended()).isEqualTo(57);
            assertThat(cluster.members()).extracting(line -> line.unit().code()).containsExactly("DV1", "DV2");
        });
    }

    @Test
    void everyRegistryUnitHasALineWithItsStatus() {
        List<UnitLine> units = consolidate().units();

        assertThat(units).extracting(line -> line.unit().code(), UnitLine::status, UnitLine::sourceFile,
                        UnitLine::lastFileStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DV1", UnitStatus.REPORTED, "dv1.xlsx", FileStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("DV2", UnitStatus.REPORTED, "dv2.xlsx", FileStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("DV3", UnitStatus.REPORTED, "dv3.xlsx", FileStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("DV4", UnitStatus.REJECTED, null, FileStatus.REJECTED));
        assertThat(units.get(2).figures().sessions()).isEqualTo(2);
        assertThat(units.get(2).figures().groups().get(2).rate()).isNull();
    }

    @Test
    void ratesRoundHalfUpToTwoDecimals() {
        assertThat(Rates.percent(2488, 2559)).isEqualByComparingTo(new BigDecimal("97.23"));
        assertThat(Rates.percent(6114, 6224)).isEqualByComparingTo(new BigDecimal("98.23"));
        assertThat(Rates.percent(1, 8)).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(Rates.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(Rates.percent(2, 3)).isEqualByComparingTo(new BigDecimal("66.67"));
        assertThat(Rates.percent(5, 0)).isNull();
    }
}
