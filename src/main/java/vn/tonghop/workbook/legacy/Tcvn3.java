package vn.tonghop.workbook.legacy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TCVN3 (TCVN 5712:1993, the "ABC" fonts .VnTime, .VnArial...): one byte per Vietnamese letter, stored in Excel as
 * the Latin-1 character of that byte. The standard has codes for the lower-case letters and for the seven upper-case
 * base letters only; upper-case text with tones is typed in the capitals fonts (.VnTimeH) with lower-case codes.
 */
final class Tcvn3 {

    /** Byte 0xA1 onwards; a space marks a byte that is no letter. */
    private static final String LETTERS_FROM_A1 =
            "ĂÂÊÔƠƯĐăâêôơưđ      àảãáạ ằẳẵắ       ặầẩẫấậè ẻẽéẹềểễếệìỉ   ĩíịò ỏõóọồổỗốộờởỡớợù ủũúụừửữứựỳỷỹýỵ";

    private static final Map<Character, Character> TO_UNICODE = new HashMap<>();
    private static final Map<Character, Character> FROM_UNICODE = new HashMap<>();

    static {
        for (int i = 0; i < LETTERS_FROM_A1.length(); i++) {
            char letter = LETTERS_FROM_A1.charAt(i);
            if (letter != ' ') {
                TO_UNICODE.put((char) (0xA1 + i), letter);
                FROM_UNICODE.put(letter, (char) (0xA1 + i));
            }
        }
    }

    private Tcvn3() {
    }

    static boolean isLetterCode(char c) {
        return TO_UNICODE.containsKey(c);
    }

    static String toUnicode(String text) {
        StringBuilder unicode = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            unicode.append(TO_UNICODE.getOrDefault(c, c));
        }
        return unicode.toString();
    }

    /** Upper-case letters that have no code of their own are written with the lower-case code, as typists do. */
    static String fromUnicode(String text) {
        StringBuilder legacy = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character code = FROM_UNICODE.get(c);
            if (code == null && c > 0x7F) {
                code = FROM_UNICODE.get(String.valueOf(c).toLowerCase(Locale.ROOT).charAt(0));
            }
            legacy.append(code == null ? c : code);
        }
        return legacy.toString();
    }
}
