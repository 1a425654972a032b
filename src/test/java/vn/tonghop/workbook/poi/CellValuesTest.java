package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A double read from a .xls cell becomes the decimal Excel shows, whichever way it is converted. */
class CellValuesTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, 1, -1, 35, 2_488, 8_602, 999_999_999_999_999d, -999_999_999_999_999d,
        1e15, 1e16, 123_456_789_012_345_678d, 0.5, 97.23, 0.1 + 0.2, 1e-7, 2_559.0000000001, Double.MIN_VALUE})
    void aWholeNumberTakesTheShortWayToTheSameDecimalAsAnyOther(double number) {
        assertThat(CellValues.excelDecimal(number)).isEqualTo(new BigDecimal(NumberToTextConverter.toText(number)));
    }

    @Test
    void everyWholeNumberOfAtMostFifteenDigitsIsTheDecimalExcelShows() {
        Random random = new Random(2007);
        for (int i = 0; i < 100_000; i++) {
            long whole = random.nextLong() % 1_000_000_000_000_000L;
            double number = i % 2 == 0 ? whole : whole % 100_000;
            assertThat(CellValues.excelDecimal(number)).as("%s", number)
                    .isEqualTo(new BigDecimal(NumberToTextConverter.toText(number)));
        }
    }

    @Test
    void aCountReadsAsTheSameValueWithOneScale() {
        assertThat(CellValues.number(2_488d, false, false))
                .isEqualTo(CellValues.number(new BigDecimal("2488"), false, false))
                .isEqualTo(new vn.tonghop.workbook.CellValue.Numeric(new BigDecimal("2488")));
    }
}
