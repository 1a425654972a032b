package vn.tonghop.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.workbook.Cell;

/** Reads each group's membership count (the rate's denominator) from its total-label. */
final class MembershipReader {

    private final Campaign campaign;
    private final LabelBlock block;
    private final Findings findings;

    MembershipReader(Campaign campaign, LabelBlock block, Findings findings) {
        this.campaign = campaign;
        this.block = block;
        this.findings = findings;
    }

    /** Membership per group key, in the campaign's group order. */
    Map<String, Membership> read() {
        Map<String, Membership> membership = new LinkedHashMap<>();
        for (ParticipantGroup group : campaign.groups()) {
            Optional<Cell> cell = UnitDetailsReader.requiredValue(block, group.totalLabel(), findings);
            membership.put(group.key(), cell
                    .map(c -> new Membership(c.address(), CountCells.read(c, group.totalLabel(), findings)))
                    .orElseGet(() -> new Membership(null, OptionalLong.empty())));
        }
        return membership;
    }
}
