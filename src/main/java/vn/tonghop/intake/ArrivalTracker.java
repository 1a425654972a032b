package vn.tonghop.intake;

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
 * Not thread-safe; one poller owns it.
 */
public final class ArrivalTracker {

    /** Size and time unchanged over two polls: a copy paused for less than one poll interval is not mistaken. */
    public static final int DEFAULT_STABLE_POLLS = 2;

    private final int stablePolls;
    private Map<String, FileState> lastRun = Map.of();
    private Map<String, Sighting> sightings = Map.of();

    public ArrivalTracker() {
        this(DEFAULT_STABLE_POLLS);
    }

    public ArrivalTracker(int stablePolls) {
        if (stablePolls < 1) {
            throw new IllegalArgumentException("stablePolls must be at least 1: " + stablePolls);
        }
        this.stablePolls = stablePolls;
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
        listing.forEach((name, state) -> {
            if (!state.equals(lastRun.get(name))) {
                changed.add(name);
                if (next.get(name).unchangedPolls() < stablePolls || !canOpen.test(name)) {
                    settling.add(name);
                }
            }
        });
        lastRun.keySet().stream().filter(name -> !listing.containsKey(name)).forEach(changed::add);
        return new Arrivals(List.copyOf(changed), List.copyOf(settling), new LinkedHashMap<>(listing));
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
     * @param settling the changed workbooks still being written (or not yet openable)
     * @param listing  the listing the poll saw
     */
    public record Arrivals(List<String> changed, List<String> settling, Map<String, FileState> listing) {

        public Arrivals {
            changed = List.copyOf(changed);
            settling = List.copyOf(settling);
            listing = Map.copyOf(listing);
        }

        /** Nothing is being written: a run now reads only complete files. */
        public boolean settled() {
            return settling.isEmpty();
        }

        /** Something changed since the last run and all of it is complete. */
        public boolean readyToRun() {
            return !changed.isEmpty() && settled();
        }
    }
}
