package vn.tonghop.report.returns;

import java.util.Comparator;

/** How issues are listed for a unit: errors before warnings, then by file, sheet and cell as a reader scans it. */
final class IssueOrder {

    static final Comparator<ReturnedIssue> ORDER = Comparator
            .comparing((ReturnedIssue r) -> r.issue().severity())
            .thenComparing(r -> r.file().name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.issue().sheet(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(r -> cellKey(r.issue().cell()))
            .thenComparing(r -> r.issue().code());

    private IssueOrder() {
    }

    /** Row by row, then column (F9 before F14, Z1 before AA1); no cell first, then what is no address. */
    private static long cellKey(String address) {
        if (address == null) {
            return -2;
        }
        return A1Cells.parse(address).map(c -> (long) c.getRow() * 20_000 + c.getCol()).orElse(-1L);
    }
}
