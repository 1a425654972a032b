package vn.tonghop.workbook;

import vn.tonghop.vocabulary.ReadLimits;

/** Why a file cannot be read. Stable codes; the words staff read come from the message bundle. */
public enum UnreadableReason {
    EMPTY,
    ENCRYPTED,
    /** Damaged or incomplete, e.g. truncated while copying. */
    CORRUPT,
    NOT_A_SPREADSHEET,
    /** Excel 95 or older. */
    TOO_OLD,
    /** .xlsb, which is not read. */
    BINARY_XLSB,
    /** OpenDocument (.ods), as LibreOffice Calc saves by default; not read. */
    OPENDOCUMENT,
    /**
     * The file's name did not decode to text (not UTF-8, as old zip tools write names): it cannot be named again
     * to be read or copied, nor shown to anyone; the unit is to rename it.
     */
    UNDECODABLE_NAME,
    /** Missing, locked or not readable by this user. */
    CANNOT_OPEN,
    /** Beyond one of the {@link ReadLimits}; reported as TOO_LARGE. */
    TOO_LARGE
}
