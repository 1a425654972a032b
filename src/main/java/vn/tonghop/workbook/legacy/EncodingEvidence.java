package vn.tonghop.workbook.legacy;

import java.util.Optional;

/**
 * Character statistics telling legacy Vietnamese text from Unicode. Text holding any letter that only Unicode
 * Vietnamese has (ă, đ, ơ, ư, the letters with tones beyond Latin-1, combining marks) is Unicode and never converted.
 * Otherwise TCVN3 shows in its codes 0xA1 to 0xBF (â, ê, ô, ơ, ư, đ, a with tones), which VNI never uses; VNI shows
 * in a diacritic code right after a vowel (o followed by å for ổ), which neither Unicode nor TCVN3 text has.
 */
record EncodingEvidence(boolean unicode, int tcvn3, int vni) {

    static final EncodingEvidence NONE = new EncodingEvidence(false, 0, 0);

    static EncodingEvidence of(String text) {
        int tcvn3 = 0;
        int vni = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnicodeOnlyVietnamese(c)) {
                return new EncodingEvidence(true, 0, 0);
            }
            if (c >= 0xA1 && c <= 0xBF && Tcvn3.isLetterCode(c)) {
                tcvn3++;
            } else if (i > 0 && Vni.isMarkAfterVowel(text.charAt(i - 1), c)) {
                vni++;
            }
        }
        return new EncodingEvidence(false, tcvn3, vni);
    }

    private static boolean isUnicodeOnlyVietnamese(char c) {
        return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ'
                || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư' || (c >= 0x1EA0 && c <= 0x1EF9)
                || (c >= 0x0300 && c <= 0x0323);
    }

    EncodingEvidence plus(EncodingEvidence other) {
        return new EncodingEvidence(unicode || other.unicode, tcvn3 + other.tcvn3, vni + other.vni);
    }

    /** The encoding the evidence points to, if it points to one clearly. */
    Optional<LegacyEncoding> encoding() {
        if (unicode || tcvn3 == vni) {
            return Optional.empty();
        }
        return Optional.of(tcvn3 > vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI);
    }
}
