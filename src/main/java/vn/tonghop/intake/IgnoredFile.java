package vn.tonghop.intake;

/** A file of the input folder that is not read, and why. */
public record IgnoredFile(String name, Reason reason) {

    public enum Reason {
        /** {@code ~$name.xlsx}: Excel's marker that someone has the workbook open. */
        LOCK_FILE,
        HIDDEN,
        /** Not .xlsx, .xlsm or .xls. */
        NOT_A_SPREADSHEET
    }
}
