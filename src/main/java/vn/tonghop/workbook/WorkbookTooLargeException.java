package vn.tonghop.workbook;

import java.nio.file.Path;
import vn.tonghop.vocabulary.ReadLimits;

/** A workbook beyond one of the {@link ReadLimits}: which limit, and its value. */
public final class WorkbookTooLargeException extends UnreadableWorkbookException {

    private final String limitName;
    private final long limit;

    /** @param limitName one of {@link ReadLimits#NAMES} */
    public WorkbookTooLargeException(Path file, String limitName, long limit, Throwable cause) {
        super(file, UnreadableReason.TOO_LARGE, cause);
        this.limitName = limitName;
        this.limit = limit;
    }

    public String limitName() {
        return limitName;
    }

    public long limit() {
        return limit;
    }
}
