package vn.tonghop.workbook.legacy;

import java.util.Locale;
import java.util.Optional;

/**
 * The fonts made for the legacy encodings, the strongest hint to how a cell was typed: TCVN3's names start with
 * ".Vn" (.VnTime, .VnArial; the capitals fonts end in H: .VnTimeH), VNI's with "VNI-" (VNI-Times, VNI-Helve).
 */
final class LegacyFonts {

    private LegacyFonts() {
    }

    static Optional<LegacyEncoding> encodingOf(String font) {
        if (font == null) {
            return Optional.empty();
        }
        String name = font.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn")) {
            return Optional.of(LegacyEncoding.TCVN3);
        }
        if (name.startsWith("vni-") || name.startsWith("vni ")) {
            return Optional.of(LegacyEncoding.VNI);
        }
        return Optional.empty();
    }

    /** A TCVN3 capitals font shows the lower-case codes as capitals. */
    static boolean isTcvn3Capitals(String font) {
        return encodingOf(font).filter(e -> e == LegacyEncoding.TCVN3).isPresent() && font.strip().endsWith("H");
    }
}
