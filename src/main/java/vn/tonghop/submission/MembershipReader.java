package vn.tonghop.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.CellAddresses;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Cell;

/**
 * Reads each group's membership count (the rate's denominator): from its total-label in the label block, or from the
 * {@code Tổng cộng} of its members column under a two-row header.
 */
final class MembershipReader {

    private final Campaign campaign;
    private final LabelBlock block;
    private final Findings findings;

    MembershipReader(Campaign campaign, LabelBlock block, Findings findings) {
        this.campaign = campaign;
        this.block = block;
        this.findings = findings;
    }

    /**
     * Membership per group key, in the campaign's group order, of the groups whose members are stated in the label
     * block; a group with a members column in the session table ({@link GroupHeaders}) is left to
     * {@link #fromTable}.
     */
    Map<String, Membership> read(SessionColumns columns) {
        Map<String, Membership> membership = new LinkedHashMap<>();
        for (ParticipantGroup group : campaign.groups()) {
            if (columns.has(group.totalLabel())) {
                membership.put(group.key(), null);
                continue;
            }
            Optional<Cell> cell = UnitDetailsReader.requiredValue(block, group.totalLabel(), findings);
            membership.put(group.key(), cell
                    .map(c -> new Membership(c.address(), CountCells.read(c, group.totalLabel(), findings)))
                    .orElseGet(() -> new Membership(null, OptionalLong.empty())));
        }
        return membership;
    }

    /** The groups' membership that is the {@code Tổng cộng} of their members column; the others unchanged. */
    Map<String, Membership> fromTable(Map<String, Membership> membership, SessionTable table) {
        Map<String, Membership> complete = new LinkedHashMap<>(membership);
        for (ParticipantGroup group : campaign.groups()) {
            if (complete.get(group.key()) != null) {
                continue;
            }
            String subject = TemplateLabels.GRAND_TOTAL + ", " + TemplateLabels.GROUP_MEMBERS + " " + group.name();
            Optional<Cell> cell = table.grandTotal().flatMap(row -> table.columns().cell(row, group.totalLabel()));
            if (cell.isEmpty()) {
                String address = table.grandTotal().map(row -> CellAddresses.format(row.index(),
                        table.columns().column(group.totalLabel()).getAsInt())).orElse(null);
                if (address != null) {
                    findings.add(IssueCode.MISSING_VALUE, address, subject, null, null);
                }
                complete.put(group.key(), new Membership(address, OptionalLong.empty()));
            } else {
                complete.put(group.key(), new Membership(cell.get().address(),
                        CountCells.read(cell.get(), subject, findings)));
            }
        }
        return complete;
    }
}
