package vn.tonghop.cli;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import vn.tonghop.intake.ArrivalTracker;
import vn.tonghop.intake.ArrivalTracker.Arrivals;
import vn.tonghop.intake.FileState;

/**
 * What {@code watch} does at each poll: start a run when the schedule is due or when new or changed workbooks have
 * all settled. Either way it waits while a file is still being written, so no run reads a half-copied file.
 */
final class WatchLoop {

    private static final Logger log = LoggerFactory.getLogger(WatchLoop.class);

    /** Starts one run and reports how it went; a failed run must not stop watching. */
    interface Runs {
        void run(String reason);
    }

    private final Supplier<Map<String, FileState>> listing;
    private final Predicate<String> canOpen;
    private final ArrivalTracker tracker;
    private final CronExpression schedule;
    private final Clock clock;
    private final Runs runs;

    private ZonedDateTime nextScheduled;
    private boolean scheduledRunDue;
    private List<String> lastSettling = List.of();
    private List<String> lastOverdue = List.of();

    WatchLoop(Supplier<Map<String, FileState>> listing, Predicate<String> canOpen, ArrivalTracker tracker,
              CronExpression schedule, Clock clock, Runs runs) {
        this.listing = listing;
        this.canOpen = canOpen;
        this.tracker = tracker;
        this.schedule = schedule;
        this.clock = clock;
        this.runs = runs;
        this.nextScheduled = schedule.next(ZonedDateTime.now(clock));
    }

    ZonedDateTime nextScheduled() {
        return nextScheduled;
    }

    /** One look at the input folder; runs at most once. */
    void poll() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (nextScheduled != null && !now.isBefore(nextScheduled)) {
            scheduledRunDue = true;
            nextScheduled = schedule.next(now);
        }
        Arrivals arrivals = tracker.poll(listing.get(), canOpen);
        if (!arrivals.overdue().equals(lastOverdue) && !arrivals.overdue().isEmpty()) {
            log.warn("No longer waiting for {} file(s) that stayed incomplete or locked too long; runs read them as "
                    + "they are: {}", arrivals.overdue().size(), names(arrivals.overdue()));
        }
        lastOverdue = arrivals.overdue();
        if (!arrivals.settled()) {
            if (!arrivals.settling().equals(lastSettling)) {
                log.info("Waiting until {} new or changed file(s) are complete: {}", arrivals.settling().size(),
                        names(arrivals.settling()));
            }
            lastSettling = arrivals.settling();
            return;
        }
        lastSettling = List.of();
        if (!scheduledRunDue && !arrivals.readyToRun()) {
            return;
        }
        String reason = scheduledRunDue ? "scheduled run"
                : arrivals.changed().size() + " new, changed or removed file(s): " + names(arrivals.changed());
        scheduledRunDue = false;
        tracker.runStarting(arrivals);
        runs.run(reason);
    }

    /** A few names for a log line; a whole folder at start-up would not fit. */
    private static String names(List<String> names) {
        int shown = Math.min(names.size(), 5);
        String listed = String.join(", ", names.subList(0, shown));
        return shown == names.size() ? listed : listed + " and " + (names.size() - shown) + " more";
    }
}
