package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;

/** The units whose participation lags most: ranked by their lowest group rate, then by code. */
final class LowestRates {

    private LowestRates() {
    }

    private static final Comparator<Ranked> LOWEST_FIRST = Comparator.comparing(Ranked::rate)
            .thenComparing(ranked -> ranked.line().unit().code());

    static List<UnitLine> of(List<UnitLine> units, int count) {
        if (count <= 0) {
            return List.of();
        }
        // the lowest few kept while going through the units once (a heap whose head is the highest kept), each
        // unit's lowest rate worked out once: sorting tens of thousands of units for a dozen was a sixth of the
        // consolidated workbook's time
        PriorityQueue<Ranked> lowest = new PriorityQueue<>(count + 1, LOWEST_FIRST.reversed());
        for (UnitLine line : units) {
            if (line.figures() == null) {
                continue;
            }
            lowestRate(line).ifPresent(rate -> {
                Ranked ranked = new Ranked(line, rate);
                if (lowest.size() < count) {
                    lowest.add(ranked);
                } else if (LOWEST_FIRST.compare(ranked, lowest.peek()) < 0) {
                    lowest.poll();
                    lowest.add(ranked);
                }
            });
        }
        List<Ranked> ranked = new ArrayList<>(lowest);
        ranked.sort(LOWEST_FIRST);
        return ranked.stream().map(Ranked::line).toList();
    }

    private record Ranked(UnitLine line, BigDecimal rate) {
    }

    /** The unit's lowest rate over the groups that have members. */
    static Optional<BigDecimal> lowestRate(UnitLine line) {
        return line.figures().groups().stream().map(GroupFigures::rate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }
}
