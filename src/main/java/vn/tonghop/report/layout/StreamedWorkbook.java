package vn.tonghop.report.layout;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streamed (SXSSF) workbook whose file is compressed at the fastest level. Compressing the sheets was most of the
 * time spent writing a consolidated workbook of tens of thousands of units; the fastest level makes files about a
 * fifth larger, which nobody notices at a few megabytes, and Excel opens them the same. Its sheets' temporary XML goes
 * through a {@link SheetXmlWriter}, without a lock per character.
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
        return new SheetDataWriter() {
            @Override
            public Writer createWriter(File file) throws IOException {
                FileOutputStream stream = new FileOutputStream(file);
                try {
                    return new SheetXmlWriter(new OutputStreamWriter(decorateOutputStream(stream),
                            StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    stream.close();
                    throw e;
                }
            }
        };
    }
}
