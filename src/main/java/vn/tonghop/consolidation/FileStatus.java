package vn.tonghop.consolidation;

/** What became of a file found in the input folder. */
public enum FileStatus {
    /** Checked without errors and the latest of its unit: its figures count. */
    ACCEPTED,
    /** Checked without errors, but a newer accepted file of the same unit replaces it. */
    SUPERSEDED,
    /** Checked with at least one error: its figures are not used. */
    REJECTED,
    /** Not a workbook to read (lock file, hidden file, other extension). */
    IGNORED
}
