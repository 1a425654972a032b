package vn.tonghop.workbook.poi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

import vn.tonghop.workbook.CellValue;

/** Builds {@link CellValue}s the same way for every file format. */
final class CellValues {

    /** Excel's error for a number it cannot hold. */
    static final String BEYOND_RANGE = "#NUM!";
    /** Decimal exponents a double can hold, about. */
    private static final int MAX_EXPONENT = 308;
    /** Significant digits a double can hold, and a little more. */
    private static final int MAX_DIGITS = 20;
    /** Whole numbers below this have at most the 15 digits Excel shows, all exact in a double. */
    private static final double WHOLE_SHOWN_EXACTLY = 1e15;

    private CellValues() {
    }

    /** Text as typed, or nothing when it is blank (blank cells are not reported). */
    static Optional<CellValue> text(String text) {
        return isBlank(text) ? Optional.empty() : Optional.of(new CellValue.Text(text));
    }

    /**
     * A stored number; a date when its cell format is a date format and the number is a valid Excel date. A number
     * no spreadsheet can hold (beyond a double's range, as a hand-made file may store it) is Excel's {@code #NUM!}:
     * writing out {@code 1E999999999} in full would cost gigabytes. More digits than a double keeps are rounded away
     * (and with them the quadratic cost of handling thousands of digits).
     */
    static CellValue number(BigDecimal number, boolean dateFormatted, boolean date1904) {
        if (number.precision() > MAX_DIGITS) {
            number = number.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_UP));
        }
        int exponent = number.precision() - number.scale() - 1;
        if (number.signum() != 0 && (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT)) {
            return new CellValue.Error(BEYOND_RANGE);
        }
        double serial = number.doubleValue();
        if (dateFormatted && DateUtil.isValidExcelDate(serial)) {
            return new CellValue.DateTime(DateUtil.getLocalDateTime(serial, date1904, true));
        }
        return new CellValue.Numeric(canonical(number));
    }

    /** A binary double as Excel shows it (15 significant digits), so 0.1+0.2 reads 0.3 as the user sees it. */
    static CellValue number(double number, boolean dateFormatted, boolean date1904) {
        return number(excelDecimal(number), dateFormatted, date1904);
    }

    /**
     * The decimal Excel shows for a double. A whole number of at most 15 digits, what nearly every cell of a report
     * holds, is shown as its digits: converted directly, without POI's general conversion (a tenth of reading a
     * .xls file).
     */
    static BigDecimal excelDecimal(double number) {
        if (number == Math.rint(number) && Math.abs(number) < WHOLE_SHOWN_EXACTLY) {
            return BigDecimal.valueOf((long) number);
        }
        return new BigDecimal(NumberToTextConverter.toText(number));
    }

    /** Writers store 10 as "10", "10.0" or "1E1"; one scale per value lets consumers compare values with equals. */
    private static BigDecimal canonical(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isDateFormat(int formatIndex, String formatString) {
        return formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
    }

    /** Also treats no-break and other Unicode spaces as blank: a cell holding only those looks empty in Excel. */
    private static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
