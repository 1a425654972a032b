package vn.tonghop.vocabulary;

import java.util.Comparator;

/** The order in which issues are listed wherever staff review them. */
public final class IssueOrder {

    /** Errors before warnings, then by unit, file, sheet and cell as a reader scans the sheet, then code. */
    public static final Comparator<Issue> REVIEW = Comparator
            .comparing(Issue::severity)
            .thenComparing(Issue::unit, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Issue::file, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Issue::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(issue -> CellAddresses.readingOrder(issue.cell()))
            .thenComparing(Issue::code);

    private IssueOrder() {
    }
}
