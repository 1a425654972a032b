package vn.tonghop.submission;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Rates;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.Row;

/**
 * Compares the rates a unit computed itself ({@code Tỷ lệ} columns under a two-row header) with attended / members
 * of the same row, and on the {@code Tổng cộng} row with the group's totals: RATE_MISMATCH, a warning, when they
 * differ by more than rounding. The figures used are the counts, never the unit's rate.
 */
final class RateCheck {

    private final Campaign campaign;
    private final Findings findings;

    RateCheck(Campaign campaign, Findings findings) {
        this.campaign = campaign;
        this.findings = findings;
    }

    void check(SessionTable table, Map<String, Membership> membership) {
        for (ParticipantGroup group : campaign.groups()) {
            String rateColumn = GroupHeaders.rateKey(group);
            if (!table.columns().has(rateColumn)) {
                continue;
            }
            for (TableRow row : table.rows()) {
                OptionalLong members = table.columns().cell(row.row(), group.totalLabel())
                        .map(cell -> Counts.read(cell.value()))
                        .filter(CountReading.Valid.class::isInstance)
                        .map(reading -> OptionalLong.of(((CountReading.Valid) reading).count()))
                        .orElse(OptionalLong.empty());
                compare(table, row.row(), rateColumn, group, row.attended().get(group.key()), members);
            }
            Membership total = membership.get(group.key());
            if (table.grandTotal().isPresent() && total != null) {
                compare(table, table.grandTotal().get(), rateColumn, group, table.attended(group.key()),
                        total.count());
            }
        }
    }

    private void compare(SessionTable table, Row row, String rateColumn, ParticipantGroup group,
                         OptionalLong attended, OptionalLong members) {
        Optional<Cell> cell = table.columns().cell(row, rateColumn);
        if (cell.isEmpty() || attended.isEmpty() || members.isEmpty() || members.getAsLong() == 0) {
            return;
        }
        Optional<TypedRate> typed = TypedRate.read(cell.get().value());
        if (typed.isPresent() && !typed.get().agreesWith(attended.getAsLong(), members.getAsLong())) {
            findings.add(IssueCode.RATE_MISMATCH, cell.get().address(), rateColumn, typed.get().display(),
                    Rates.percent(attended.getAsLong(), members.getAsLong()).toPlainString() + "%");
        }
    }
}
