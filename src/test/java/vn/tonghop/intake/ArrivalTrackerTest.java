package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.tonghop.intake.ArrivalTracker.Arrivals;

/** Which files a watch run may take, from listings over time; a fake folder, no sleeping. */
class ArrivalTrackerTest {

    private static final Instant T0 = Instant.parse("2007-06-30T01:00:00Z");

    private final ArrivalTracker tracker = new ArrivalTracker(2, 8);
    private final Map<String, FileState> folder = new LinkedHashMap<>();
    private final Set<String> lockedByCopier = new HashSet<>();
    private final Predicate<String> canOpen = name -> !lockedByCopier.contains(name);

    private Arrivals poll() {
        return tracker.poll(folder, canOpen);
    }

    private void put(String name, long size, int minute) {
        folder.put(name, new FileState(size, T0.plusSeconds(60L * minute)));
    }

    @Test
    void aNewFileIsReadyOnlyAfterItsSizeAndTimeStayedTheSameForTwoPolls() {
        put("DV001.xlsx", 1000, 0);

        assertThat(poll().readyToRun()).isFalse();
        assertThat(poll().readyToRun()).isFalse();
        Arrivals third = poll();

        assertThat(third.readyToRun()).isTrue();
        assertThat(third.changed()).containsExactly("DV001.xlsx");
    }

    @Test
    void aFileStillGrowingIsNeverReadyAndHoldsBackTheOthers() {
        put("DV001.xlsx", 1000, 0);
        put("DV002.xlsx", 10, 0);
        for (int poll = 1; poll <= 6; poll++) {
            Arrivals arrivals = poll();
            assertThat(arrivals.readyToRun()).as("poll %d", poll).isFalse();
            assertThat(arrivals.settling()).contains("DV002.xlsx");
            put("DV002.xlsx", 10 + 100L * poll, poll);
        }
        poll();
        poll();
        Arrivals settled = poll();

        assertThat(settled.readyToRun()).isTrue();
        assertThat(settled.changed()).containsExactly("DV001.xlsx", "DV002.xlsx");
    }

    @Test
    void aCopyKeepingTheSourcesTimeAndFullSizeWaitsUntilTheFileCanBeOpened() {
        put("DV003.xlsx", 5000, -600);
        lockedByCopier.add("DV003.xlsx");
        for (int poll = 1; poll <= 5; poll++) {
            Arrivals arrivals = poll();
            assertThat(arrivals.readyToRun()).isFalse();
            assertThat(arrivals.settling()).containsExactly("DV003.xlsx");
        }
        lockedByCopier.clear();

        assertThat(poll().readyToRun()).isTrue();
    }

    @Test
    void afterARunOnlyLaterChangesCountAndUnchangedFilesAreNotCheckedAgain() {
        put("DV001.xlsx", 1000, 0);
        poll();
        poll();
        tracker.runStarting(poll());

        assertThat(poll().changed()).isEmpty();
        lockedByCopier.add("DV001.xlsx");
        assertThat(poll().settled()).as("unchanged files are not opened").isTrue();

        put("DV001.xlsx", 1200, 5);
        lockedByCopier.clear();
        assertThat(poll().settling()).containsExactly("DV001.xlsx");
        poll();
        Arrivals changed = poll();
        assertThat(changed.readyToRun()).isTrue();
        assertThat(changed.changed()).containsExactly("DV001.xlsx");
    }

    @Test
    void aRemovedFileIsAChangeThatNeedsNoWaiting() {
        put("DV001.xlsx", 1000, 0);
        put("DV002.xlsx", 1000, 0);
        poll();
        poll();
        tracker.runStarting(poll());

        folder.remove("DV002.xlsx");
        Arrivals arrivals = poll();

        assertThat(arrivals.readyToRun()).isTrue();
        assertThat(arrivals.changed()).containsExactly("DV002.xlsx");
    }

    @Test
    void aFileChangedDuringARunLeadsToTheNextRun() {
        put("DV001.xlsx", 1000, 0);
        poll();
        poll();
        Arrivals taken = poll();
        put("DV001.xlsx", 1500, 1);
        tracker.runStarting(taken);

        poll();
        poll();
        assertThat(poll().changed()).containsExactly("DV001.xlsx");
    }

    @Test
    void aFileThatWasReplacedByTheSameStateAfterARunIsNoChange() {
        put("DV001.xlsx", 1000, 0);
        poll();
        poll();
        tracker.runStarting(poll());
        folder.remove("DV001.xlsx");
        poll();
        put("DV001.xlsx", 1000, 0);

        assertThat(poll().changed()).isEmpty();
    }

    @Test
    void aFileIncompleteForLongerThanThePatienceNoLongerHoldsBackTheOthers() {
        put("DV001.xlsx", 1000, 0);
        put("DV002.xlsx", 5000, 0);
        lockedByCopier.add("DV002.xlsx");
        for (int poll = 1; poll <= 8; poll++) {
            Arrivals arrivals = poll();
            assertThat(arrivals.readyToRun()).as("poll %d", poll).isFalse();
            assertThat(arrivals.settling()).contains("DV002.xlsx");
        }

        Arrivals ninth = poll();

        assertThat(ninth.overdue()).containsExactly("DV002.xlsx");
        assertThat(ninth.settling()).isEmpty();
        assertThat(ninth.readyToRun()).isTrue();
        assertThat(ninth.changed()).containsExactly("DV001.xlsx", "DV002.xlsx");
    }

    @Test
    void anOverdueFileAloneLeadsToNoRunUntilItSettles() {
        put("DV002.xlsx", 10, 0);
        for (int poll = 1; poll <= 12; poll++) {
            Arrivals arrivals = poll();
            assertThat(arrivals.readyToRun()).as("poll %d, still growing", poll).isFalse();
            put("DV002.xlsx", 10 + 100L * poll, poll);
        }
        assertThat(poll().overdue()).containsExactly("DV002.xlsx");

        poll();
        Arrivals settled = poll();

        assertThat(settled.overdue()).isEmpty();
        assertThat(settled.readyToRun()).isTrue();
        assertThat(settled.changed()).containsExactly("DV002.xlsx");
    }

    @Test
    void anOverdueFileTakenByARunAsItWasIsNoLongerAChangeWhileItStaysTheSame() {
        put("DV002.xlsx", 5000, 0);
        lockedByCopier.add("DV002.xlsx");
        Arrivals arrivals = poll();
        while (arrivals.overdue().isEmpty()) {
            arrivals = poll();
        }
        tracker.runStarting(arrivals);

        Arrivals after = poll();

        assertThat(after.changed()).isEmpty();
        assertThat(after.overdue()).isEmpty();
        assertThat(after.readyToRun()).isFalse();
    }

    @Test
    void thePatienceIsTheMaximumWaitInPollsAndAlwaysLongerThanSettling() {
        assertThat(pollsUntilOverdue(ArrivalTracker.waitingAtMost(Duration.ofSeconds(10), Duration.ofMinutes(30))))
                .isEqualTo(181);
        assertThat(pollsUntilOverdue(ArrivalTracker.waitingAtMost(Duration.ofSeconds(7), Duration.ofMinutes(1))))
                .as("60 s / 7 s, rounded up").isEqualTo(10);
        assertThat(pollsUntilOverdue(ArrivalTracker.waitingAtMost(Duration.ofMinutes(5), Duration.ofMinutes(1))))
                .as("a file that settles normally is never overdue").isEqualTo(4);
    }

    /** The poll at which a file that cannot be opened stops being waited for. */
    private int pollsUntilOverdue(ArrivalTracker patient) {
        put("DV002.xlsx", 5000, 0);
        int polls = 1;
        while (patient.poll(folder, name -> false).overdue().isEmpty()) {
            polls++;
        }
        return polls;
    }
}
