package vn.tonghop.report.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed (SXSSF) workbook whose file is compressed at the fastest level. Compressing the sheets was most of the
 * time spent writing a consolidated workbook of tens of thousands of units; the fastest level makes files about a
 * fifth larger, which nobody notices at a few megabytes, and Excel opens them the same. Its sheets' rows are
 * written to their temporary XML by a {@link SheetCellsWriter}.
 */
public final class StreamedWorkbook extends SXSSFWorkbook {

    /** @param rowsInMemory rows kept in memory per sheet before they are written to the sheet's temporary file */
    public StreamedWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetCellsWriter();
    }
}
