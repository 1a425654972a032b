package vn.tonghop.consolidation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;

/**
 * Decides which file counts for each unit and finds what only shows across files: an older submission replaced by
 * a newer one, a newest file that was rejected, one session reported with different dates, units that sent nothing.
 */
public final class Reconciler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Reconciliation reconcile(Campaign campaign, List<CheckedFile> files) {
        Map<String, FileStatus> status = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        files.forEach(f -> status.put(f.file().name(), f.accepted() ? FileStatus.ACCEPTED : FileStatus.REJECTED));

        Map<String, List<CheckedFile>> byUnit = files.stream()
                .filter(f -> f.unitCode() != null && campaign.unit(f.unitCode()).isPresent())
                .sorted(CheckedFile.NEWEST_FIRST)
                .collect(Collectors.groupingBy(CheckedFile::unitCode, LinkedHashMap::new, Collectors.toList()));

        List<CheckedFile> counted = new ArrayList<>();
        for (ReportingUnit unit : campaign.units()) {
            List<CheckedFile> newestFirst = byUnit.getOrDefault(unit.code(), List.of());
            CheckedFile latestAccepted = newestFirst.stream().filter(CheckedFile::accepted).findFirst().orElse(null);
            if (latestAccepted == null) {
                // a unit whose files were all rejected is listed with its newest file, so staff see what to chase
                String newestFile = newestFirst.isEmpty() ? null : newestFirst.get(0).file().name();
                issues.add(Issue.of(IssueCode.NOT_REPORTED).unit(unit.code()).subject(unit.name())
                        .file(newestFile).found(newestFile).build());
                continue;
            }
            counted.add(latestAccepted);
            for (CheckedFile older : newestFirst.subList(newestFirst.indexOf(latestAccepted) + 1, newestFirst.size())) {
                if (older.accepted()) {
                    status.put(older.file().name(), FileStatus.SUPERSEDED);
                    issues.add(fileIssue(IssueCode.DUPLICATE_SUPERSEDED, older)
                            .found(latestAccepted.file().name()).build());
                }
            }
            CheckedFile newest = newestFirst.get(0);
            if (newest != latestAccepted) {
                issues.add(fileIssue(IssueCode.NEWER_REJECTED, newest)
                        .expected(latestAccepted.file().name()).build());
            }
        }
        issues.addAll(sessionConflicts(counted));
        return new Reconciliation(status, counted, issues);
    }

    /** A session code reported with different dates: each report that differs from the first one is flagged. */
    private static List<Issue> sessionConflicts(List<CheckedFile> counted) {
        Map<String, SessionSighting> firstSeen = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (CheckedFile file : counted) {
            for (SessionRow row : file.result().submission().sessions()) {
                if (row.code() == null || row.date() == null) {
                    continue;
                }
                SessionSighting first = firstSeen.putIfAbsent(Sessions.key(row.code()), new SessionSighting(file, row));
                if (first != null && !Objects.equals(first.row().date(), row.date())) {
                    issues.add(fileIssue(IssueCode.SESSION_CONFLICT, file).cell(row.dateCell())
                            .subject(row.code()).found(format(row.date()))
                            .expected(format(first.row().date()) + " (" + first.file().file().name() + ")").build());
                }
            }
        }
        return issues;
    }

    private record SessionSighting(CheckedFile file, SessionRow row) {
    }

    private static Issue.Builder fileIssue(IssueCode code, CheckedFile file) {
        String sheet = file.result().submission() == null ? null : file.result().submission().sheet();
        return Issue.of(code).file(file.file().name()).unit(file.unitCode()).sheet(sheet);
    }

    private static String format(LocalDate date) {
        return date.format(DAY.withLocale(Locale.ROOT));
    }
}
