package vn.tonghop.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.tonghop.campaign.Campaign;

/**
 * Everything of a campaign that its outputs show or its checks use (the schedule of {@code watch} aside), as one
 * SHA-256: a run started under one digest must not be finished under another.
 */
final class CampaignDigest {

    private CampaignDigest() {
    }

    static String of(Campaign campaign) {
        String definition = String.join("\n", "id=" + campaign.id(), "title=" + campaign.title(),
                "organisation=" + campaign.organisation(), "period=" + campaign.period(), "as-of=" + campaign.asOf(),
                "deadline=" + campaign.deadline(), "groups=" + campaign.groups(), "forms=" + campaign.forms(),
                "cluster-form=" + campaign.clusterForm(), "low-rate-warning=" + campaign.lowRateWarning(),
                "units=" + campaign.units());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(definition.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
