package vn.tonghop.workbook;

import java.nio.file.Path;

/** Reads the cell values of a spreadsheet file without modifying it. */
public interface WorkbookReader {

    /**
     * @throws UnreadableWorkbookException when the file is empty, truncated, corrupt, encrypted or not a spreadsheet
     */
    Workbook read(Path file) throws UnreadableWorkbookException;
}
