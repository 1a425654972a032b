package vn.tonghop.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Labels;

/**
 * Reads a cell as a count of people. Units type counts as numbers or as text, often with thousands separators of
 * either convention ("1.234", "1,234", "1 234"); a separator followed by exactly three digits is taken as a
 * thousands separator, anything else after a separator as decimals.
 */
public final class Counts {

    /**
     * The largest count taken: far above any head count, and small enough that a sheet's rows never add up past a
     * {@code long}; a larger count is refused as COUNT_TOO_LARGE rather than wrapped around.
     */
    public static final long MAX_COUNT = 999_999_999_999L;
    private static final int MAX_DIGITS = 18;
    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_COUNT);
    /** Floating-point noise of a formula result ({@code =0.1*3*10} gives 3.0000000000000004): still a whole number. */
    private static final BigDecimal NOISE = new BigDecimal("1E-9");
    /**
     * Grouped digits (one separator used throughout) or plain digits, then optional decimals. The grouped form comes
     * first so that "1.234" is a thousand, not one and a fraction.
     */
    private static final Pattern TEXT_NUMBER = Pattern.compile(
            "(?<sign>[-+\\u2212])?\\s*"
                    + "(?<whole>\\d{1,3}(?<group>[.,' \\u00A0\\u202F\\u2009])\\d{3}(?:\\k<group>\\d{3})*|\\d+)"
                    + "(?:(?<decimal>[.,])(?<fraction>\\d+))?");

    private Counts() {
    }

    public static CountReading read(CellValue value) {
        if (value instanceof CellValue.Numeric numeric) {
            return fromNumber(numeric.value());
        }
        if (value instanceof CellValue.Text text) {
            return fromText(text.text());
        }
        if (value instanceof CellValue.Error) {
            return invalid(IssueCode.CELL_ERROR);
        }
        return invalid(IssueCode.NOT_A_NUMBER);
    }

    private static CountReading fromNumber(BigDecimal number) {
        // the exponent is looked at before any arithmetic, whose cost grows with it
        int exponent = number.precision() - number.scale() - 1;
        if (number.signum() != 0 && exponent >= MAX_DIGITS) {
            return invalid(number.signum() > 0 ? IssueCode.COUNT_TOO_LARGE : IssueCode.NEGATIVE);
        }
        if (number.signum() != 0 && exponent < -MAX_DIGITS) {
            number = BigDecimal.ZERO;
        }
        BigDecimal whole = number.setScale(0, RoundingMode.HALF_UP);
        if (whole.subtract(number).abs().compareTo(NOISE) <= 0) {
            number = whole;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            return invalid(IssueCode.NOT_INTEGER);
        }
        if (number.signum() < 0) {
            return invalid(IssueCode.NEGATIVE);
        }
        if (number.compareTo(MAX) > 0) {
            return invalid(IssueCode.COUNT_TOO_LARGE);
        }
        return new CountReading.Valid(number.longValueExact());
    }

    private static CountReading fromText(String text) {
        Matcher m = TEXT_NUMBER.matcher(Labels.tidy(text));
        if (!m.matches()) {
            return invalid(IssueCode.NOT_A_NUMBER);
        }
        String group = m.group("group");
        String decimal = m.group("decimal");
        if (group != null && group.equals(decimal)) {
            return invalid(IssueCode.NOT_A_NUMBER); // "1.234.5": the same mark cannot group and separate decimals
        }
        String digits = group == null ? m.group("whole") : m.group("whole").replace(group, "");
        if (digits.length() > MAX_DIGITS) {
            return invalid(IssueCode.COUNT_TOO_LARGE);
        }
        BigDecimal number = new BigDecimal(decimal == null ? digits : digits + "." + m.group("fraction"));
        if (m.group("sign") != null && m.group("sign").charAt(0) != '+') {
            number = number.negate();
        }
        return fromNumber(number);
    }

    private static CountReading invalid(IssueCode code) {
        return new CountReading.Invalid(code);
    }
}
