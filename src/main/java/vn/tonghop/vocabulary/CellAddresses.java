package vn.tonghop.vocabulary;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A1-style cell addresses, as Excel shows them to users and as issues carry them. */
public final class CellAddresses {

    /** A cell by its zero-based row and column. */
    public record Position(int row, int column) {
    }

    /** The last row and column of an .xlsx sheet, zero-based: an address beyond them names no cell. */
    private static final int LAST_ROW = 1_048_575;
    private static final int LAST_COLUMN = 16_383;
    private static final Pattern A1 = Pattern.compile("([A-Z]{1,3})([0-9]{1,7})");

    private CellAddresses() {
    }

    public static String format(int row, int column) {
        return columnName(column) + (row + 1);
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** The cell of an address such as "F14" (any case, blanks around it), or empty when it names no cell. */
    public static Optional<Position> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = A1.matcher(address.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int column = -1;
        for (char letter : m.group(1).toCharArray()) {
            column = (column + 1) * 26 + (letter - 'A');
        }
        int row = Integer.parseInt(m.group(2)) - 1;
        if (row < 0 || row > LAST_ROW || column > LAST_COLUMN) {
            return Optional.empty();
        }
        return Optional.of(new Position(row, column));
    }

    /**
     * A sort key that orders A1 addresses as a reader scans a sheet: row by row, then column (F9 before F14, Z1
     * before AA1). No address sorts first, then text that is no address.
     */
    public static long readingOrder(String address) {
        if (address == null) {
            return -2;
        }
        return parse(address).map(cell -> (cell.row() + 1L) * 20_000 + cell.column() + 1).orElse(-1L);
    }
}
