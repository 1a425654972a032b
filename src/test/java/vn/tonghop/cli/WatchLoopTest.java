package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;
import vn.tonghop.intake.ArrivalTracker;
import vn.tonghop.intake.FileState;

/** When watch starts a run: on the schedule and after files settle; a fake clock and folder, no sleeping. */
class WatchLoopTest {

    private static final ZoneId ZONE = ZoneOffset.ofHours(7);

    private final Map<String, FileState> folder = new LinkedHashMap<>();
    private final List<String> runs = new ArrayList<>();
    private Instant now = Instant.parse("2007-06-29T18:00:00Z"); // 01:00 in Vĩnh Long

    private final WatchLoop loop = new WatchLoop(() -> folder, name -> true, new ArrivalTracker(2, 30),
            CronExpression.parse("0 0 2 * * *"), new FakeClock(), runs::add);

    private void pollEvery(Duration interval, int times) {
        for (int i = 0; i < times; i++) {
            loop.poll();
            now = now.plus(interval);
        }
    }

    @Test
    void aBurstOfFilesCopiedOverSeveralPollsLeadsToOneRun() {
        pollEvery(Duration.ofSeconds(10), 3);
        assertThat(runs).isEmpty();

        for (int file = 1; file <= 6; file++) {
            folder.put("DV00" + file + ".xlsx", new FileState(1000, now));
            pollEvery(Duration.ofSeconds(10), 1);
        }
        pollEvery(Duration.ofSeconds(10), 10);

        assertThat(runs).containsExactly("6 new, changed or removed file(s): DV001.xlsx, DV002.xlsx, DV003.xlsx, "
                + "DV004.xlsx, DV005.xlsx and 1 more");
    }

    @Test
    void theScheduleRunsEvenWithoutChangesOncePerDueTime() {
        assertThat(loop.nextScheduled().toLocalTime()).hasToString("02:00");
        pollEvery(Duration.ofMinutes(10), 6); // 01:00 … 01:50
        assertThat(runs).isEmpty();

        pollEvery(Duration.ofMinutes(10), 3); // 02:00, 02:10, 02:20
        assertThat(runs).containsExactly("scheduled run");
        assertThat(loop.nextScheduled().toLocalDate()).hasToString("2007-07-01");
    }

    @Test
    void aScheduledRunWaitsForAFileBeingCopied() {
        now = Instant.parse("2007-06-29T18:59:50Z");
        folder.put("DV001.xlsx", new FileState(10, now));
        loop.poll();
        for (int i = 1; i <= 3; i++) {
            now = now.plusSeconds(10);
            folder.put("DV001.xlsx", new FileState(10 + i, now));
            loop.poll();
            assertThat(runs).as("02:00 passed while DV001 is growing").isEmpty();
        }
        pollEvery(Duration.ofSeconds(10), 3);

        assertThat(runs).containsExactly("scheduled run");
    }

    @Test
    void aScheduledRunDoesNotWaitForeverForAFileThatStaysLocked() {
        now = Instant.parse("2007-06-29T18:50:00Z");
        folder.put("DV001.xlsx", new FileState(1000, now));
        WatchLoop lockedLoop = new WatchLoop(() -> folder, name -> false, new ArrivalTracker(2, 30),
                CronExpression.parse("0 0 2 * * *"), new FakeClock(), runs::add);
        for (int i = 0; i < 29; i++) { // 01:50 … 01:54:40
            lockedLoop.poll();
            now = now.plusSeconds(10);
        }
        now = Instant.parse("2007-06-29T19:00:00Z");
        lockedLoop.poll();
        assertThat(runs).as("02:00, DV001 locked for 30 polls, the patience: still waiting").isEmpty();

        now = now.plusSeconds(10);
        lockedLoop.poll();

        assertThat(runs).containsExactly("scheduled run");
    }

    private final class FakeClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
