package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;

class LowestRatesTest {

    @Test
    void ranksUnitsByTheirLowestGroupRateThenByCodeAndKeepsTheFirstOnes() {
        List<UnitLine> units = List.of(
                line("DV004", "97.50", "88.00"),
                line("DV002", "100.00", "75.00"),
                line("DV003", "75.00", "99.00"),   // ties with DV002 at 75: the code decides
                line("DV001", "90.00", "91.00"),
                line("DV005", "60.00", null),      // a group without members has no rate and is skipped
                notReported("DV006"),
                line("DV007", null, null));        // no group with members: not ranked

        assertThat(LowestRates.of(units, 4)).extracting(line -> line.unit().code())
                .containsExactly("DV005", "DV002", "DV003", "DV004");
        assertThat(LowestRates.lowestRate(units.get(0))).contains(new BigDecimal("88.00"));
    }

    @Test
    void aLargeRegistryGivesTheSameRankingAsSortingByHand() {
        List<UnitLine> units = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String code = String.format("DV%05d", i);
            units.add(line(code, String.format("%d.%02d", 50 + (i * 37) % 50, i % 100), "99.99"));
        }
        List<String> byHand = units.stream()
                .sorted((a, b) -> {
                    int byRate = LowestRates.lowestRate(a).orElseThrow().compareTo(LowestRates.lowestRate(b).orElseThrow());
                    return byRate != 0 ? byRate : a.unit().code().compareTo(b.unit().code());
                })
                .limit(10).map(line -> line.unit().code()).toList();

        assertThat(LowestRates.of(units, 10)).extracting(line -> line.unit().code()).isEqualTo(byHand);
    }

    private static UnitLine line(String code, String... rates) {
        List<GroupFigures> groups = Arrays.stream(rates)
                .map(rate -> new GroupFigures("g", "Nhóm", 1, rate == null ? 0 : 1,
                        rate == null ? null : new BigDecimal(rate)))
                .toList();
        return new UnitLine(new ReportingUnit(code, "Chi bộ " + code, false), UnitStatus.REPORTED, code + ".xlsx",
                code + ".xlsx", null, null, null, null, null, new Figures(1, 1, 1, 1, groups));
    }

    private static UnitLine notReported(String code) {
        return new UnitLine(new ReportingUnit(code, "Chi bộ " + code, false), UnitStatus.NOT_REPORTED, null, null,
                null, null, null, null, null, null);
    }
}
