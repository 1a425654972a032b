package vn.tonghop.campaign;

/**
 * One group of participants with its own participation rate, e.g. "key cadres and party members".
 *
 * @param key           stable identifier used in outputs and the summary
 * @param name          display name in reports
 * @param totalLabel    label of the membership count (the rate's denominator) in a submission
 * @param attendedLabel header of the attendance column in the session table of a submission
 */
public record ParticipantGroup(String key, String name, String totalLabel, String attendedLabel) {
}
