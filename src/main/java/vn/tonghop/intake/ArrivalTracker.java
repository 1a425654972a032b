package vn.tonghop.intake;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides, from successive listings of the input folder, which workbooks changed since the last run and whether
 * they are all complete, so that a burst of copied files leads to one run once the last of them has settled.
 * <p>
 * A file is complete when its size and modification time have not changed for {@code stablePolls} polls in a row
 * and it can be opened for reading. Removed files count as changes too: the figures no longer include them.
 * <p>
 * A file still incomplete after {@code patiencePolls} polls (a copy that hung, a file some program keeps open) is
 * overdue: it no longer holds back runs of the other files or of the schedule, which then read it as it is and
 * report it if it cannot be read. It leads to a run of its own once it does settle.
 * Not thread-safe; one poller owns it.
 */
public final class ArrivalTracker {

    /** Size and time unchanged over two polls: a copy paused for less than one poll interval is not mistaken. */
    public static final int DEFAULT_STABLE_POLLS = 2;

    private final int stablePolls;
    private final int patiencePolls;
    private Map<String, FileState> lastRun = Map.of();
    private Map<String, Sighting> sightings = Map.of();
    private Map<String, Integer> incompletePolls = Map.of();

    /**
     * A tracker for polls every {@code poll} that waits for an incomplete file no longer than about {@code maxWait}
     * (and at least long enough to see it settle).
     */
    public static ArrivalTracker waitingAtMost(Duration poll, Duration maxWait) {
        long polls = (maxWait.toMillis() + poll.toMillis() - 1) / poll.toMillis();
        return new ArrivalTracker(DEFAULT_STABLE_POLLS,
                (int) Math.min(Integer.MAX_VALUE, Math.max(DEFAULT_STABLE_POLLS + 1, polls)));
    }

    public ArrivalTracker(int stablePolls, int patiencePolls) {
        if (stablePolls < 1) {
            throw new IllegalArgumentException("stablePolls must be at least 1: " + stablePolls);
        }
        if (patiencePolls <= stablePolls) {
            throw new IllegalArgumentException("patiencePolls must exceed stablePolls (" + stablePolls + "): "
                    + patiencePolls);
        }
        this.stablePolls = stablePolls;
        this.patiencePolls = patiencePolls;
    }

    /**
     * Takes one listing into account.
     *
     * @param canOpen asked only for changed files whose size and time have settled
     */
    public Arrivals poll(Map<String, FileState> listing, Predicate<String> canOpen) {
        Map<String, Sighting> next = new HashMap<>();
        listing.forEach((name, state) -> {
            Sighting previous = sightings.get(name);
            int unchanged = previous != null && previous.state().equals(state) ? previous.unchangedPolls() + 1 : 0;
            next.put(name, new Sighting(state, unchanged));
        });
        sightings = next;

        TreeSet<String> changed = new TreeSet<>();
        TreeSet<String> settling = new TreeSet<>();
        TreeSet<String> overdue = new TreeSet<>();
        Map<String, Integer> incomplete = new HashMap<>();
        listing.forEach((name, state) -> {
            if (!state.equals(lastRun.get(name))) {
                changed.add(name);
                if (next.get(name).unchangedPolls() < stablePolls || !canOpen.test(name)) {
                    int polls = incompletePolls.getOrDefault(name, 0) + 1;
                    incomplete.put(name, polls);
                    (polls > patiencePolls ? overdue : settling).add(name);
                }
            }
        });
        incompletePolls = incomplete;
        lastRun.keySet().stream().filter(name -> !listing.containsKey(name)).forEach(changed::add);
        return new Arrivals(List.copyOf(changed), List.copyOf(settling), List.copyOf(overdue),
                new LinkedHashMap<>(listing));
    }

    /** A run is starting on the folder as {@code arrivals} saw it: later changes are measured from there. */
    public void runStarting(Arrivals arrivals) {
        lastRun = Map.copyOf(arrivals.listing());
    }

    private record Sighting(FileState state, int unchangedPolls) {
    }

    /**
     * One poll's view.
     *
     * @param changed  workbooks new, changed or removed since the last run, by name
     * @param settling the changed workbooks still being written (or not yet openable), worth waiting for
     * @param overdue  the changed workbooks incomplete for longer than the tracker's patience: not waited for
     * @param listing  the listing the poll saw
     */
    public record Arrivals(List<String> changed, List<String> settling, List<String> overdue,
                           Map<String, FileState> listing) {

        public Arrivals {
            changed = List.copyOf(changed);
            settling = List.copyOf(settling);
            overdue = List.copyOf(overdue);
            listing = Map.copyOf(listing);
        }

        /** Nothing worth waiting for is being written: a run may start now. */
        public boolean settled() {
            return settling.isEmpty();
        }

        /** Something changed since the last run and all of it is complete, overdue files aside. */
        public boolean readyToRun() {
            return settled() && changed.stream().anyMatch(name -> !overdue.contains(name));
        }
    }
}
