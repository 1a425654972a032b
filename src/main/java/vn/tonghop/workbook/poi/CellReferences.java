package vn.tonghop.workbook.poi;

/** Parses the A1 reference of a cell element ({@code r="AB20"}, also {@code $AB$20}). */
final class CellReferences {

    /** Zero-based row (-1 when the reference names only a column) and column. */
    record Parsed(int row, int column) {
    }

    private CellReferences() {
    }

    static Parsed parse(String reference) {
        String text = reference.strip();
        int i = text.startsWith("$") ? 1 : 0;
        int column = 0;
        int letters = 0;
        while (i < text.length() && isLetter(text.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(text.charAt(i)) - 'A' + 1);
            i++;
            letters++;
        }
        if (i < text.length() && text.charAt(i) == '$') {
            i++;
        }
        if (letters == 0 || letters > 3) {
            throw new IllegalArgumentException("not a cell reference: '" + reference + "'");
        }
        if (i == text.length()) {
            return new Parsed(-1, column - 1);
        }
        int row = Integer.parseInt(text.substring(i));
        if (row < 1) {
            throw new IllegalArgumentException("not a cell reference: '" + reference + "'");
        }
        return new Parsed(row - 1, column - 1);
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
