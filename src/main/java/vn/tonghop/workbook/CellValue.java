package vn.tonghop.workbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The value of one non-empty cell as the workbook holds it, before any interpretation. */
public sealed interface CellValue {

    /** Text as typed; never blank (blank cells are not reported). */
    record Text(String text) implements CellValue {
    }

    /** A number, or the cached (or computed) result of a numeric formula. */
    record Numeric(BigDecimal value) implements CellValue {
    }

    /** A number whose cell format is a date format. */
    record DateTime(LocalDateTime value) implements CellValue {
    }

    record Bool(boolean value) implements CellValue {
    }

    /** An error value such as {@code #DIV/0!}, or a formula that could not be computed. */
    record Error(String code) implements CellValue {
    }

    /** The digits of a number shown in full; beyond, it is shown as 1.5E+30. */
    int PLAIN_DIGITS = 30;

    /** The value as a person would read it in the cell, used in messages ("found ..."). */
    default String display() {
        if (this instanceof Text t) {
            return t.text();
        }
        if (this instanceof Numeric n) {
            // 1E+999999999 written out in full would be a billion characters
            BigDecimal value = n.value();
            int exponent = value.precision() - value.scale() - 1;
            return exponent > PLAIN_DIGITS || exponent < -PLAIN_DIGITS ? value.toString()
                    : value.stripTrailingZeros().toPlainString();
        }
        if (this instanceof DateTime d) {
            return d.value().toLocalDate().toString();
        }
        if (this instanceof Bool b) {
            return String.valueOf(b.value());
        }
        return ((Error) this).code();
    }
}
