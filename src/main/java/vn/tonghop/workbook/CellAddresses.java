package vn.tonghop.workbook;

/** A1-style cell addresses, as Excel shows them to users. */
public final class CellAddresses {

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
}
