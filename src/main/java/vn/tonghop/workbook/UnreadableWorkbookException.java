package vn.tonghop.workbook;

import java.nio.file.Path;

/** A file that cannot be read as a spreadsheet. The message says why in terms a user understands. */
public class UnreadableWorkbookException extends Exception {

    private final transient Path file;

    public UnreadableWorkbookException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return getMessage();
    }
}
