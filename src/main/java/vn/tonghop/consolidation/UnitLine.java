package vn.tonghop.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import vn.tonghop.campaign.ReportingUnit;

/**
 * One registry unit in the consolidated workbook.
 *
 * @param sourceFile     the file whose figures count, or null when none does
 * @param lastFile       the newest file received from the unit, or null
 * @param lastReceived   that file's modification time, or null
 * @param lastFileStatus that file's status, or null
 * @param form           the form of the counted submission, or null
 * @param clusterCode    the cluster of the counted submission, or null
 * @param reportDate     the report date of the counted submission, or null
 * @param figures        the unit's own figures, or null when nothing counts
 */
public record UnitLine(ReportingUnit unit, UnitStatus status, String sourceFile, String lastFile,
                       Instant lastReceived, FileStatus lastFileStatus, String form, String clusterCode,
                       LocalDate reportDate, Figures figures) {
}
