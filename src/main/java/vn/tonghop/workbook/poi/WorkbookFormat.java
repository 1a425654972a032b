package vn.tonghop.workbook.poi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;

/** The kind of a workbook file, told by its first bytes and never by its name (a unit may misname a file). */
public enum WorkbookFormat {
    /** An Office Open XML package: .xlsx, also when named .xls. */
    XLSX,
    /** A BIFF8 workbook in an OLE2 file system: .xls of Excel 97 to 2003. */
    XLS,
    /** A workbook of Excel 2, 3 or 4, which POI does not read. */
    TOO_OLD,
    /** Anything else. */
    OTHER;

    public static WorkbookFormat of(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> XLSX;
            case OLE2 -> XLS;
            case BIFF2, BIFF3, BIFF4 -> TOO_OLD;
            default -> OTHER;
        };
    }
}
