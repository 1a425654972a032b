package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.CellValue;

class CountsTest {

    @ParameterizedTest
    @CsvSource({"45, 45", "45.0, 45", "0, 0", "-0, 0", "1234, 1234", "999999999999, 999999999999"})
    void integralNumbersAreCounts(String number, long count) {
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal(number)))).isEqualTo(new CountReading.Valid(count));
    }

    @ParameterizedTest
    @CsvSource({"2.5, NOT_INTEGER", "0.1, NOT_INTEGER", "-3, NEGATIVE", "-2.5, NOT_INTEGER",
            "1000000000000, COUNT_TOO_LARGE", "9223372036854775808, COUNT_TOO_LARGE",
            "1E999999999, COUNT_TOO_LARGE", "-1E999999999, NEGATIVE"})
    void otherNumbersAreNot(String number, IssueCode code) {
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal(number)))).isEqualTo(new CountReading.Invalid(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "' 45 '|45", "45|45", "+7|7", "1.234|1234", "1,234|1234", "1 234|1234", "1\u00A0234|1234",
            "1.234.567|1234567", "1 234 567|1234567", "1.234,00|1234", "1,234.0|1234", "12.0|12", "007|7", "- 0|0"})
    void textCountsWithThousandsSeparators(String text, long count) {
        assertThat(Counts.read(new CellValue.Text(text))).isEqualTo(new CountReading.Valid(count));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,5|NOT_INTEGER", "12.5|NOT_INTEGER", "1.23|NOT_INTEGER", "1.2345|NOT_INTEGER", "1.234,5|NOT_INTEGER",
            "-3|NEGATIVE", "\u22123|NEGATIVE", "- 1.234|NEGATIVE", "-2,5|NOT_INTEGER",
            "abc|NOT_A_NUMBER", "x|NOT_A_NUMBER", "12 người|NOT_A_NUMBER", "1.234.5|NOT_A_NUMBER",
            "1,23,456|NOT_A_NUMBER", "1.234,567.8|NOT_A_NUMBER", "3-|NOT_A_NUMBER", "1e3|NOT_A_NUMBER",
            "12345678901234567890|COUNT_TOO_LARGE"})
    void textThatIsNotACount(String text, IssueCode code) {
        assertThat(Counts.read(new CellValue.Text(text))).isEqualTo(new CountReading.Invalid(code));
    }

    @Test
    void booleansAndDatesAreNotNumbers() {
        CountReading notANumber = new CountReading.Invalid(IssueCode.NOT_A_NUMBER);

        assertThat(Counts.read(new CellValue.Bool(true))).isEqualTo(notANumber);
        assertThat(Counts.read(new CellValue.DateTime(LocalDateTime.of(2024, 3, 1, 0, 0)))).isEqualTo(notANumber);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#DIV/0!", "#N/A", "#REF!", "#VALUE!"})
    void errorValuesAreCellErrors(String code) {
        assertThat(Counts.read(new CellValue.Error(code))).isEqualTo(new CountReading.Invalid(IssueCode.CELL_ERROR));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", ""})
    void blankTextIsNotANumber(String text) {
        assertThat(Counts.read(new CellValue.Text(text))).isEqualTo(new CountReading.Invalid(IssueCode.NOT_A_NUMBER));
    }

    /** Formula results carry binary noise: =0.1*3*10 is 3.0000000000000004, which the unit sees as 3. */
    @ParameterizedTest
    @CsvSource({"3.0000000000000004, 3", "2.9999999999999996, 3", "45.0000000001, 45", "1E-300, 0"})
    void noiseWithinOneBillionthIsAWholeNumber(String number, long count) {
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal(number)))).isEqualTo(new CountReading.Valid(count));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.000000002", "2.99999999"})
    void moreThanNoiseIsNotWhole(String number) {
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal(number))))
                .isEqualTo(new CountReading.Invalid(IssueCode.NOT_INTEGER));
    }

    /** A count with a huge exponent is refused at once, before any arithmetic whose cost grows with the exponent. */
    @Test
    void hugeExponentsAreRefusedAtOnce() {
        long start = System.nanoTime();
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal("9E+2147483000"))))
                .isEqualTo(new CountReading.Invalid(IssueCode.COUNT_TOO_LARGE));
        assertThat(Counts.read(new CellValue.Numeric(new BigDecimal("9E-2147483000"))))
                .isEqualTo(new CountReading.Valid(0));
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }
}
