package vn.tonghop.vocabulary;

/** A1-style cell addresses, as Excel shows them to users. */
public final class CellAddresses {

    private CellAddresses() {
    }

    public static String format(int row, int column) {
        return columnName(column) + (row + 1);
    }

    /**
     * A sort key that orders A1 addresses as a reader scans a sheet: row by row, then column (F9 before F14, Z1
     * before AA1). No address sorts first, then text that is no address.
     */
    public static long readingOrder(String address) {
        if (address == null) {
            return -2;
        }
        String text = address.strip().toUpperCase(java.util.Locale.ROOT);
        int i = 0;
        long column = 0;
        while (i < text.length() && i < 3 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
            column = column * 26 + (text.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == text.length() || i > 3 || !text.substring(i).matches("[0-9]{1,7}")) {
            return -1;
        }
        return Long.parseLong(text.substring(i)) * 20_000 + column;
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
