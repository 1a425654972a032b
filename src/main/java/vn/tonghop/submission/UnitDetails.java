package vn.tonghop.submission;

import java.time.LocalDate;

/**
 * What the label block says about the unit and its report; any part is null when it could not be read.
 *
 * @param unitCode    the registry's spelling of the code when the unit is known, else the code as read
 * @param unitName    the name as written, else the registry's name
 * @param period      the campaign's spelling of the period when it matches, else as read
 * @param form        the campaign's spelling of the form
 * @param clusterCode only kept for the cluster form
 */
record UnitDetails(String unitCode, String unitName, String period, LocalDate reportDate, String form,
                   String clusterCode) {
}
