package vn.tonghop.workbook;

import java.nio.file.Path;

/** A file that cannot be read as a spreadsheet, and why. */
public class UnreadableWorkbookException extends Exception {

    private final transient Path file;
    private final UnreadableReason reason;

    public UnreadableWorkbookException(Path file, UnreadableReason reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public UnreadableReason reason() {
        return reason;
    }
}
