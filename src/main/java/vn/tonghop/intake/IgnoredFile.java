package vn.tonghop.intake;

/** A file of the input folder that is not read, and why. */
public record IgnoredFile(String name, Reason reason) {

    public enum Reason {
        /** {@code ~$name.xlsx}: Excel's marker that someone has the workbook open. */
        LOCK_FILE,
        HIDDEN,
        /** Not a spreadsheet format a unit may report in (a note, a PDF, a Word document). */
        NOT_A_SPREADSHEET
    }
}
