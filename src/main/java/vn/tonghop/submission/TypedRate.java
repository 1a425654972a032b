package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Labels;

/**
 * A rate a unit typed or computed itself, in percent, with how far it may be from the exact rate by rounding alone:
 * half a unit of its last decimal ("95%" covers 94.5 to 95.5), and never less than 0.005 (a formula's full result).
 * A number up to 1 is a fraction, as Excel keeps a percent-formatted cell; a larger one, or text, is percent.
 *
 * @param percent   the rate in percent
 * @param tolerance how far from the exact rate rounding may have taken it
 */
record TypedRate(BigDecimal percent, BigDecimal tolerance) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MIN_TOLERANCE = new BigDecimal("0.005");
    private static final Pattern TEXT = Pattern.compile("(\\d+)(?:[.,](\\d+))?\\s*%?");

    static Optional<TypedRate> read(CellValue value) {
        if (value instanceof CellValue.Numeric numeric) {
            BigDecimal number = numeric.value();
            return Optional.of(of(number.compareTo(BigDecimal.ONE) <= 0 ? number.multiply(HUNDRED) : number));
        }
        if (value instanceof CellValue.Text text) {
            Matcher m = TEXT.matcher(Labels.tidy(text.text()));
            if (!m.matches()) {
                return Optional.empty();
            }
            BigDecimal number = new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
            boolean fraction = !text.text().contains("%") && number.compareTo(BigDecimal.ONE) <= 0;
            return Optional.of(of(fraction ? number.multiply(HUNDRED) : number));
        }
        return Optional.empty();
    }

    private static TypedRate of(BigDecimal percent) {
        int decimals = Math.max(0, percent.stripTrailingZeros().scale());
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        return new TypedRate(percent, half.max(MIN_TOLERANCE));
    }

    /** Whether the typed rate is the exact rate attended/members as far as its rounding shows. */
    boolean agreesWith(long attended, long members) {
        BigDecimal exact = BigDecimal.valueOf(attended).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(members), 10, java.math.RoundingMode.HALF_UP);
        return percent.subtract(exact).abs().compareTo(tolerance) <= 0;
    }

    /** As staff read it: "95%", "94.74%". */
    String display() {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
