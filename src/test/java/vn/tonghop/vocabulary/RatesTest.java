package vn.tonghop.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatesTest {

    @ParameterizedTest
    @CsvSource({"38, 40, 95.00", "1, 3, 33.33", "2, 3, 66.67", "1, 800, 0.13", "170, 400, 42.50", "0, 5, 0.00",
            "7, 7, 100.00", "12, 10, 120.00"})
    void percentWithTwoDecimalsRoundedHalfUp(long attended, long total, String rate) {
        assertThat(Rates.percent(attended, total)).hasToString(rate);
    }

    @Test
    void noRateWithoutMembers() {
        assertThat(Rates.percent(0, 0)).isNull();
        assertThat(Rates.percent(3, 0)).isNull();
    }
}
