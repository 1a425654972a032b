package vn.tonghop.workbook.poi;

/**
 * Excel writes characters XML cannot hold (control characters) as {@code _xHHHH_}, e.g. {@code _x000D_} for a
 * carriage return, and an underscore that would read as such an escape as {@code _x005F_}.
 */
final class ExcelEscapes {

    private ExcelEscapes() {
    }

    static String decode(String text) {
        int start = text.indexOf("_x");
        if (start < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int copied = 0;
        for (int i = start; i >= 0; i = text.indexOf("_x", i + 1)) {
            if (i < copied || !isEscape(text, i)) {
                continue;
            }
            decoded.append(text, copied, i).append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
            copied = i + 7;
        }
        return copied == 0 ? text : decoded.append(text, copied, text.length()).toString();
    }

    /** {@code _x} followed by four hexadecimal digits and {@code _}. */
    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
