package vn.tonghop.staging;

/** Orders A1 addresses as a reader scans a sheet: row by row, then column (F9 before F14, Z1 before AA1). */
final class CellOrder {

    private CellOrder() {
    }

    static long key(String cell) {
        if (cell == null) {
            return -1;
        }
        int column = 0;
        int i = 0;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(cell.charAt(i)) - 'A' + 1);
            i++;
        }
        long row;
        try {
            row = Long.parseLong(cell.substring(i));
        } catch (NumberFormatException e) {
            row = 0;
        }
        return row * 20_000 + column;
    }
}
