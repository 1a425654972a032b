package vn.tonghop.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Participation rates as the party's reports state them: percent with two decimals, halves rounded up. */
public final class Rates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    /** attended / total × 100 with scale 2 (HALF_UP), or null when total is 0 (no rate can be stated). */
    public static BigDecimal percent(long attended, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(attended).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
