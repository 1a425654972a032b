package vn.tonghop.report.returns;

import java.util.Comparator;
import vn.tonghop.vocabulary.CellAddresses;

/** How issues are listed for a unit: errors before warnings, then by file, sheet and cell as a reader scans it. */
final class IssueOrder {

    static final Comparator<ReturnedIssue> ORDER = Comparator
            .comparing((ReturnedIssue r) -> r.issue().severity())
            .thenComparing(r -> r.file().name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.issue().sheet(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(r -> CellAddresses.readingOrder(r.issue().cell()))
            .thenComparing(r -> r.issue().code());

    private IssueOrder() {
    }
}
