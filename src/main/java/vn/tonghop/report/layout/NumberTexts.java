package vn.tonghop.report.layout;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the reader's language writes them: 8.602 and 97,23 in Vietnamese; 8,602 and 97.23 in English. */
public final class NumberTexts {

    private final Locale locale;

    public NumberTexts(Locale locale) {
        this.locale = locale;
    }

    public String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    /** A rate in percent with two decimals, or a dash when there is no membership to divide by. */
    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(rate) + "%";
    }
}
