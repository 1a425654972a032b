package vn.tonghop.report.returns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/** The cell addresses issues carry ("F14"), checked before they are used to mark or link a cell. */
final class A1Cells {

    private static final Pattern A1 = Pattern.compile("([A-Za-z]{1,3})([0-9]{1,7})");

    private A1Cells() {
    }

    /** The cell of an A1 address such as "F14", or empty when the text is no cell of an .xlsx sheet. */
    static Optional<CellReference> parse(String address) {
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
}
