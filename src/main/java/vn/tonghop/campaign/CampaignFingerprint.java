package vn.tonghop.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints of a campaign. {@link #of} is what a file's check depends on besides its content: the
 * campaign's rules and registry, and the version of the checks. Two runs with the same fingerprint check the same
 * workbook the same way, so the result can be reused.
 */
public final class CampaignFingerprint {

    /** Raise when a check changes, so that files checked by older rules are read again. */
    static final int CHECKS_VERSION = 2;

    private CampaignFingerprint() {
    }

    public static String of(Campaign campaign) {
        return sha256(String.join("\n", "checks=" + CHECKS_VERSION, "period=" + campaign.period(),
                "deadline=" + campaign.deadline(), "groups=" + campaign.groups(), "forms=" + campaign.forms(),
                "cluster-form=" + campaign.clusterForm(), "low-rate-warning=" + campaign.lowRateWarning(),
                "units=" + campaign.units(), "aliases=" + campaign.aliases().byLabel(),
                "limits=" + campaign.limits()));
    }

    /**
     * Everything of a campaign that its outputs show or its checks use (the schedule of {@code watch} aside): a run
     * started under one definition must not be finished under another.
     */
    public static String ofDefinition(Campaign campaign) {
        return sha256(String.join("\n", "id=" + campaign.id(), "title=" + campaign.title(),
                "organisation=" + campaign.organisation(), "period=" + campaign.period(), "as-of=" + campaign.asOf(),
                "deadline=" + campaign.deadline(), "groups=" + campaign.groups(), "forms=" + campaign.forms(),
                "cluster-form=" + campaign.clusterForm(), "low-rate-warning=" + campaign.lowRateWarning(),
                "units=" + campaign.units()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
