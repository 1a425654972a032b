package vn.tonghop.intake;

/** A file of the input folder that is not read, and why. */
public record IgnoredFile(String name, Reason reason) {

    public enum Reason {
        /** {@code ~$name.xlsx}: Excel's marker that someone has the workbook open. */
        LOCK_FILE,
        HIDDEN,
        /** A spreadsheet in a format that is not read (.xlsb, .ods, Excel templates): to be saved again as .xlsx. */
        OTHER_SPREADSHEET,
        /** Not a spreadsheet at all (a note, a PDF, a Word document). */
        NOT_A_SPREADSHEET,
        /** A link to a file outside the input folder, or a name of a file that has one there: never read. */
        LINK_OUTSIDE_INPUT,
        /** A link to a file of the input folder, or its second name, the file being read under its own name. */
        LINK_TO_INPUT_FILE
    }
}
