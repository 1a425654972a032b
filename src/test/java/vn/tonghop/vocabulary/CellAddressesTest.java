package vn.tonghop.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CellAddressesTest {

    @Test
    void formatsZeroBasedPositionsAsExcelShowsThem() {
        assertThat(CellAddresses.format(13, 5)).isEqualTo("F14");
        assertThat(CellAddresses.format(0, 26)).isEqualTo("AA1");
    }

    @Test
    void readingOrderIsRowByRowThenColumnWithNoAddressFirst() {
        List<String> sorted = Stream.of("F14", "AA1", null, "F9", "Z1", "x?", "G9")
                .sorted(Comparator.comparingLong(CellAddresses::readingOrder)).toList();
        assertThat(sorted).containsExactly(null, "x?", "Z1", "AA1", "F9", "G9", "F14");
    }

    @Test
    void parsesTheCellOfAnAddressAndRefusesTextThatNamesNone() {
        assertThat(CellAddresses.parse(" f14 ")).contains(new CellAddresses.Position(13, 5));
        assertThat(CellAddresses.parse("AA1")).contains(new CellAddresses.Position(0, 26));
        assertThat(CellAddresses.parse("XFD1048576")).contains(new CellAddresses.Position(1_048_575, 16_383));
        assertThat(CellAddresses.parse("XFE1")).isEmpty();
        assertThat(CellAddresses.parse("A1048577")).isEmpty();
        assertThat(CellAddresses.parse("A0")).isEmpty();
        assertThat(CellAddresses.parse("Tổng cộng")).isEmpty();
        assertThat(CellAddresses.parse(null)).isEmpty();
    }
}
