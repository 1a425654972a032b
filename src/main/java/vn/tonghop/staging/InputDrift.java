package vn.tonghop.staging;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tonghop.intake.IgnoredFile;
import vn.tonghop.intake.InputScan;
import vn.tonghop.intake.SourceFile;

/**
 * What changed in the input folder since a run recorded it in its ledger. An interrupted run may only be finished
 * when nothing did: its staged checks, reconciliation and figures were made from the files it recorded, so
 * finishing it over a changed folder would publish figures that a clean run of that folder would not give.
 */
public final class InputDrift {

    /** Names listed in a reason before "and N more". */
    private static final int NAMES_SHOWN = 3;

    private InputDrift() {
    }

    /**
     * @return why the folder no longer matches the recorded run (files added, removed or changed, naming a few),
     *         or empty when every workbook has the same name, size, modification time and content, and the same
     *         files are ignored
     */
    public static Optional<String> between(RecordedInput recorded, InputScan now) {
        Map<String, SourceFile> before = byName(recorded.workbooks());
        Map<String, SourceFile> after = byName(now.workbooks());
        Set<String> added = new TreeSet<>(after.keySet());
        added.removeAll(before.keySet());
        Set<String> removed = new TreeSet<>(before.keySet());
        removed.removeAll(after.keySet());
        Set<String> changed = new TreeSet<>();
        before.forEach((name, then) -> {
            SourceFile current = after.get(name);
            if (current != null && !same(then, current)) {
                changed.add(name);
            }
        });
        Set<String> ignoredNow = now.ignored().stream().map(IgnoredFile::name)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> reasons = new ArrayList<>();
        describe(reasons, "added", added);
        describe(reasons, "removed", removed);
        describe(reasons, "changed", changed);
        if (!ignoredNow.equals(recorded.ignored())) {
            reasons.add("the files that are not read differ");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    /** Content, size and time: the time matters too, as it decides which of two reports of a unit is newer. */
    private static boolean same(SourceFile then, SourceFile now) {
        return then.size() == now.size()
                && then.lastModified().truncatedTo(ChronoUnit.MILLIS)
                        .equals(now.lastModified().truncatedTo(ChronoUnit.MILLIS))
                && then.sha256() != null && then.sha256().equals(now.sha256());
    }

    private static void describe(List<String> reasons, String what, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String shown = names.stream().limit(NAMES_SHOWN).collect(Collectors.joining(", "));
        int more = names.size() - NAMES_SHOWN;
        reasons.add(names.size() + " " + (names.size() == 1 ? "workbook" : "workbooks") + " " + what + " ("
                + shown + (more > 0 ? " and " + more + " more" : "") + ")");
    }

    private static Map<String, SourceFile> byName(List<SourceFile> files) {
        return files.stream().collect(Collectors.toMap(SourceFile::name, Function.identity()));
    }

    /** The input folder as a run recorded it: its workbooks, the names of the files it ignored, its campaign. */
    public record RecordedInput(List<SourceFile> workbooks, Set<String> ignored, Set<String> campaignHashes) {

        public RecordedInput {
            workbooks = List.copyOf(workbooks);
            ignored = new TreeSet<>(ignored);
            campaignHashes = Set.copyOf(campaignHashes);
        }
    }
}
