package vn.tonghop.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Labels;

/** Reads a date the Vietnamese way: a date cell, or text day/month/year (separated by '/', '-' or '.'). */
public final class CellDates {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private CellDates() {
    }

    /** The date the cell holds, or empty when it holds no valid date. */
    public static Optional<LocalDate> read(CellValue value) {
        if (value instanceof CellValue.DateTime dateTime) {
            return Optional.of(dateTime.value().toLocalDate());
        }
        if (value instanceof CellValue.Text text) {
            return parse(text.text());
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parse(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(Labels.tidy(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }
}
