package vn.tonghop.submission;

import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalLong;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Rates;

/** Compares each group's attendance with its membership: more attendees than members, or a low rate. */
final class AttendanceCheck {

    private final Campaign campaign;
    private final Findings findings;

    AttendanceCheck(Campaign campaign, Findings findings) {
        this.campaign = campaign;
        this.findings = findings;
    }

    void check(Map<String, Membership> membership, SessionTable table) {
        if (table.grandTotal().isEmpty()) {
            // without its Tổng cộng label the sums row reads like one more session, so the attendance is unknown;
            // the missing row is already reported, and "more attendees than members" would be a false alarm
            return;
        }
        for (ParticipantGroup group : campaign.groups()) {
            Membership members = membership.get(group.key());
            OptionalLong attended = table.attended(group.key());
            if (members.count().isEmpty() || attended.isEmpty() || !table.columns().has(group.attendedLabel())) {
                continue;
            }
            check(group, members, members.count().getAsLong(), attended.getAsLong());
        }
    }

    private void check(ParticipantGroup group, Membership members, long total, long attended) {
        if (attended > total) {
            findings.add(IssueCode.OVER_TOTAL, members.cell(), group.name(), attended, total);
            return;
        }
        BigDecimal rate = Rates.percent(attended, total);
        BigDecimal threshold = campaign.lowRateWarning();
        if (rate != null && threshold != null && rate.compareTo(threshold) < 0) {
            findings.add(IssueCode.LOW_RATE, members.cell(), group.name(), rate.toPlainString(),
                    threshold.toPlainString());
        }
    }
}
