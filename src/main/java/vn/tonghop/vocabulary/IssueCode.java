package vn.tonghop.vocabulary;

import static vn.tonghop.vocabulary.Severity.ERROR;
import static vn.tonghop.vocabulary.Severity.WARNING;

/** The catalogue of checks. Codes are stable: units, staff and other programs refer to them. */
public enum IssueCode {
    FILE_UNREADABLE(ERROR),
    /** The workbook has a password to open it: the unit must remove it (a password against editing is fine). */
    FILE_ENCRYPTED(ERROR),
    /** The program failed on the file (a bug, not the unit's mistake): its figures are not used. */
    INTERNAL_ERROR(ERROR),
    NOT_A_SUBMISSION(ERROR),
    MISSING_VALUE(ERROR),
    UNKNOWN_UNIT(ERROR),
    PERIOD_MISMATCH(ERROR),
    UNKNOWN_FORM(ERROR),
    CLUSTER_CODE_MISSING(ERROR),
    NOT_A_NUMBER(ERROR),
    NEGATIVE(ERROR),
    NOT_INTEGER(ERROR),
    /** A count cell shows an error value (#DIV/0!, #N/A, #REF!, ...) instead of a number. */
    CELL_ERROR(ERROR),
    NO_SESSIONS(ERROR),
    TOTAL_ROW_MISMATCH(ERROR),
    ROW_SUM_MISMATCH(ERROR),
    OVER_TOTAL(ERROR),
    /** A workbook beyond one of the declared limits (size, parts, rows, columns, texts, ...): not read further. */
    TOO_LARGE(ERROR),
    /** A count beyond {@code Counts.MAX_COUNT}. */
    COUNT_TOO_LARGE(ERROR),
    /** Two visible sheets filled in as the report. */
    AMBIGUOUS_SHEET(ERROR),
    /** A label of the block given twice with different values. */
    DUPLICATE_LABEL(ERROR),
    /** A report date no campaign can have (the year 9999). */
    DATE_OUT_OF_RANGE(ERROR),
    /** The report was read from a hidden sheet, the only one filled in. */
    HIDDEN_SHEET(WARNING),
    DUPLICATE_SUPERSEDED(WARNING),
    NEWER_REJECTED(WARNING),
    LATE(WARNING),
    LOW_RATE(WARNING),
    /** A rate the unit computed itself differs from attended / members by more than rounding. */
    RATE_MISMATCH(WARNING),
    /** Rows hidden in the submission sheet hold data: they are read, and the unit is asked to check them. */
    HIDDEN_DATA(WARNING),
    SESSION_CONFLICT(WARNING),
    NOT_REPORTED(WARNING);

    private final Severity severity;

    IssueCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
