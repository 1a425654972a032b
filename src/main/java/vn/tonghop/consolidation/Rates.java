package vn.tonghop.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Participation rates as the committee reports them: percent, two decimals, half up. */
public final class Rates {

    private Rates() {
    }

    /** attended / total × 100 rounded HALF_UP to 2 decimals, or null when total is 0. */
    public static BigDecimal percent(long attended, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(attended).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
