package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;

/** The units whose participation lags most: ranked by their lowest group rate, then by code. */
final class LowestRates {

    private LowestRates() {
    }

    static List<UnitLine> of(List<UnitLine> units, int count) {
        // each unit's lowest rate worked out once, not at every comparison of the sort (tens of thousands of units)
        return units.stream()
                .filter(line -> line.figures() != null)
                .flatMap(line -> lowestRate(line).map(rate -> new Ranked(line, rate)).stream())
                .sorted(Comparator.comparing(Ranked::rate).thenComparing(ranked -> ranked.line().unit().code()))
                .limit(count)
                .map(Ranked::line)
                .toList();
    }

    private record Ranked(UnitLine line, BigDecimal rate) {
    }

    /** The unit's lowest rate over the groups that have members. */
    static Optional<BigDecimal> lowestRate(UnitLine line) {
        return line.figures().groups().stream().map(GroupFigures::rate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }
}
