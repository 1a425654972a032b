package vn.tonghop.report.returns;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/** How issues are listed for a unit: errors before warnings, then by file, sheet and cell as a reader scans it. */
final class IssueOrder {

    private static final Pattern A1 = Pattern.compile("([A-Za-z]{1,3})([0-9]{1,7})");

    private IssueOrder() {
    }

    static final Comparator<ReturnedIssue> ORDER = Comparator
            .comparing((ReturnedIssue r) -> r.issue().severity())
            .thenComparing(r -> r.file().name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.issue().sheet(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(r -> cellKey(r.issue().cell()))
            .thenComparing(r -> r.issue().code());

    /** The cell of an A1 address such as "F14", or empty when the text is no cell of an .xlsx sheet. */
    static Optional<CellReference> cell(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = A1.matcher(address.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int column = CellReference.convertColStringToIndex(m.group(1).toUpperCase(Locale.ROOT));
        int row = Integer.parseInt(m.group(2)) - 1;
        SpreadsheetVersion limits = SpreadsheetVersion.EXCEL2007;
        if (row < 0 || row > limits.getLastRowIndex() || column > limits.getLastColumnIndex()) {
            return Optional.empty();
        }
        return Optional.of(new CellReference(row, column));
    }

    /** Row by row, then column (F9 before F14, Z1 before AA1); no cell first, then what is no address. */
    private static long cellKey(String address) {
        if (address == null) {
            return -2;
        }
        return cell(address).map(c -> (long) c.getRow() * 20_000 + c.getCol()).orElse(-1L);
    }
}
