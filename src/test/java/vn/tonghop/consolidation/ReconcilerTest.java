package vn.tonghop.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.consolidation.ConsolidationFixtures.campaign;
import static vn.tonghop.consolidation.ConsolidationFixtures.file;
import static vn.tonghop.consolidation.ConsolidationFixtures.unit;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Severity;

class ReconcilerTest {

    private final Campaign campaign = campaign(List.of("dv"), unit("DV1", false), unit("DV2", false),
            unit("DV3", true));

    private static CheckedFile valid(String name, String unit, int day, String time) {
        return file(name, unit).reported(day, time).members("dv", 10).session(null, 5, 9).build();
    }

    @Nested
    class Supersede {

        @Test
        void theLaterReportDateWinsEvenWhenTheFileIsOlder() {
            CheckedFile early = valid("dv1-v1.xlsx", "DV1", 10, "2007-06-25T08:00:00Z");
            CheckedFile late = valid("dv1-v2.xlsx", "DV1", 20, "2007-06-21T08:00:00Z");

            Reconciliation result = new Reconciler().reconcile(campaign, List.of(late, early));

            assertThat(result.counted()).containsExactly(late);
            assertThat(result.statusByFile()).containsEntry("dv1-v1.xlsx", FileStatus.SUPERSEDED)
                    .containsEntry("dv1-v2.xlsx", FileStatus.ACCEPTED);
            Issue superseded = only(result, IssueCode.DUPLICATE_SUPERSEDED);
            assertThat(superseded.file()).isEqualTo("dv1-v1.xlsx");
            assertThat(superseded.found()).isEqualTo("dv1-v2.xlsx");
            assertThat(superseded.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void onTheSameReportDateTheLaterFileTimeWins() {
            CheckedFile first = valid("a.xlsx", "DV1", 20, "2007-06-20T08:00:00Z");
            CheckedFile second = valid("b.xlsx", "DV1", 20, "2007-06-20T09:00:00Z");

            Reconciliation result = new Reconciler().reconcile(campaign, List.of(second, first));

            assertThat(result.counted()).containsExactly(second);
            assertThat(only(result, IssueCode.DUPLICATE_SUPERSEDED).file()).isEqualTo("a.xlsx");
        }
    }

    @Test
    void aRejectedNewestFileLeavesTheLatestAcceptedCounting() {
        CheckedFile accepted = valid("ok.xlsx", "DV1", 15, "2007-06-15T08:00:00Z");
        CheckedFile broken = file("broken.xlsx", "DV1").reported(25, "2007-06-25T08:00:00Z")
                .rejectedWith(IssueCode.TOTAL_ROW_MISMATCH).build();

        Reconciliation result = new Reconciler().reconcile(campaign, List.of(broken, accepted));

        assertThat(result.counted()).containsExactly(accepted);
        assertThat(result.statusByFile()).containsEntry("broken.xlsx", FileStatus.REJECTED);
        Issue newerRejected = only(result, IssueCode.NEWER_REJECTED);
        assertThat(newerRejected.file()).isEqualTo("broken.xlsx");
        assertThat(newerRejected.expected()).isEqualTo("ok.xlsx");
    }

    @Test
    void anOlderRejectedFileIsNotReportedAsNewerRejected() {
        CheckedFile broken = file("broken.xlsx", "DV1").reported(10, "2007-06-10T08:00:00Z")
                .rejectedWith(IssueCode.NEGATIVE).build();
        CheckedFile accepted = valid("ok.xlsx", "DV1", 15, "2007-06-15T08:00:00Z");

        Reconciliation result = new Reconciler().reconcile(campaign, List.of(broken, accepted));

        assertThat(result.issues()).extracting(Issue::code).doesNotContain(IssueCode.NEWER_REJECTED);
    }

    @Test
    void unitsWithoutAnAcceptedFileAreNotReported() {
        CheckedFile accepted = valid("dv1.xlsx", "DV1", 15, "2007-06-15T08:00:00Z");
        CheckedFile broken = file("dv2.xlsx", "DV2").rejectedWith(IssueCode.OVER_TOTAL).build();

        Reconciliation result = new Reconciler().reconcile(campaign, List.of(accepted, broken));

        assertThat(result.issues()).filteredOn(i -> i.code() == IssueCode.NOT_REPORTED)
                .extracting(Issue::unit, Issue::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DV2", "dv2.xlsx"),
                        org.assertj.core.groups.Tuple.tuple("DV3", null));
    }

    @Test
    void oneSessionCodeWithTwoDatesIsAConflictAtTheDateCell() {
        CheckedFile a = file("a.xlsx", "DV1").cluster("C1").members("dv", 10).session("C1-01", 5, 8).build();
        CheckedFile b = file("b.xlsx", "DV2").cluster("C1").members("dv", 10).session("c1-01 ", 6, 7).build();

        Reconciliation result = new Reconciler().reconcile(campaign, List.of(a, b));

        Issue conflict = only(result, IssueCode.SESSION_CONFLICT);
        assertThat(conflict.file()).isEqualTo("b.xlsx");
        assertThat(conflict.cell()).isEqualTo("C12");
        assertThat(conflict.found()).isEqualTo("06/06/2007");
        assertThat(conflict.expected()).startsWith("05/06/2007");
    }

    private static Issue only(Reconciliation result, IssueCode code) {
        List<Issue> found = result.issues().stream().filter(i -> i.code() == code).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
