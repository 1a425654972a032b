package vn.tonghop.submission;

import static vn.tonghop.submission.TemplateLabels.GRAND_TOTAL;
import static vn.tonghop.submission.TemplateLabels.ROW_TOTAL;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.CellAddresses;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.Row;

/**
 * Checks the arithmetic units do by hand or with formulas: each row's total against its groups, and the
 * {@code Tổng cộng} row against the rows above. A sum involving an unreadable cell is not compared, since that
 * cell is already reported.
 */
final class TotalsCheck {

    private final Campaign campaign;
    private final Findings findings;

    TotalsCheck(Campaign campaign, Findings findings) {
        this.campaign = campaign;
        this.findings = findings;
    }

    void check(SessionTable table) {
        table.rows().forEach(this::checkRowSum);
        if (table.grandTotal().isEmpty()) {
            findings.add(IssueCode.TOTAL_ROW_MISMATCH, null, GRAND_TOTAL, null, null);
            return;
        }
        for (ParticipantGroup group : campaign.groups()) {
            checkGrandTotal(table, group.attendedLabel(), row -> row.attended().get(group.key()));
        }
        checkGrandTotal(table, ROW_TOTAL, TableRow::total);
    }

    private void checkRowSum(TableRow row) {
        OptionalLong groups = row.groupSum();
        if (groups.isPresent() && row.total().isPresent() && groups.getAsLong() != row.total().getAsLong()) {
            findings.add(IssueCode.ROW_SUM_MISMATCH, row.totalCell(),
                    ROW_TOTAL, row.total().getAsLong(),
                    groups.getAsLong());
        }
    }

    private void checkGrandTotal(SessionTable table, String columnLabel, Function<TableRow, OptionalLong> count) {
        if (!table.columns().has(columnLabel)) {
            return;
        }
        Row totalRow = table.grandTotal().orElseThrow();
        String subject = GRAND_TOTAL + ", " + columnLabel;
        Optional<Cell> cell = table.columns().cell(totalRow, columnLabel);
        if (cell.isEmpty()) {
            // an empty table may leave its totals blank: there is nothing to add up
            if (!table.rows().isEmpty()) {
                String address = CellAddresses.format(totalRow.index(), table.columns().column(columnLabel).getAsInt());
                findings.add(IssueCode.MISSING_VALUE, address, subject, null, null);
            }
            return;
        }
        OptionalLong stated = CountCells.read(cell.get(), subject, findings);
        OptionalLong sum = table.sum(count);
        if (stated.isPresent() && sum.isPresent() && stated.getAsLong() != sum.getAsLong()) {
            findings.add(IssueCode.TOTAL_ROW_MISMATCH, cell.get().address(), subject, stated.getAsLong(),
                    sum.getAsLong());
        }
    }
}
