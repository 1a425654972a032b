package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.UnreadableReason;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.Workbook;
import vn.tonghop.workbook.WorkbookReader;
import vn.tonghop.workbook.WorkbookTooLargeException;

/**
 * Reads .xlsx, .xlsm and .xls files, choosing the format from the file's content rather than its extension (users
 * rename files): .xlsx as a stream straight from its zip, .xls with Apache POI's HSSF. The file is opened read-only
 * and never modified. Anything that is not a readable Excel workbook is reported as
 * {@link UnreadableWorkbookException} with a reason staff understand.
 *
 * <p>One reader may serve several threads at once: each thread gets its own XML parser factory, made once, and its
 * own memo of the template parts it parsed ({@link PartMemo}).
 */
public final class PoiWorkbookReader implements WorkbookReader {

    private final ThreadLocal<XMLInputFactory> xmlFactories = ThreadLocal.withInitial(XmlPart::newFactory);
    private final ThreadLocal<PartMemo> partMemos = ThreadLocal.withInitial(PartMemo::new);
    private final ReadLimits limits;

    public PoiWorkbookReader() {
        this(ReadLimits.DEFAULTS);
    }

    /** What Java puts in a file name for bytes that do not decode in the file-name charset. */
    private static final char UNDECODED = '\uFFFD';

    public PoiWorkbookReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Workbook read(Path file) throws UnreadableWorkbookException {
        switch (detect(file)) {
            case XLSX:
                return new XlsxStreamingReader(xmlFactories.get(), partMemos.get(), limits).read(file);
            case XLS:
                return new XlsReader().read(file);
            case TOO_OLD:
                throw new UnreadableWorkbookException(file, UnreadableReason.TOO_OLD, null);
            default:
                throw new UnreadableWorkbookException(file, UnreadableReason.NOT_A_SPREADSHEET, null);
        }
    }

    private WorkbookFormat detect(Path file) throws UnreadableWorkbookException {
        if (file.getFileName().toString().indexOf(UNDECODED) >= 0) {
            throw new UnreadableWorkbookException(file, UnreadableReason.UNDECODABLE_NAME, null);
        }
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableWorkbookException(file, UnreadableReason.CANNOT_OPEN, null);
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableWorkbookException(file, UnreadableReason.EMPTY, null);
            }
            if (size > limits.maxFileBytes()) {
                throw new WorkbookTooLargeException(file, "file-bytes", limits.maxFileBytes(), null);
            }
            return WorkbookFormat.of(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.CANNOT_OPEN, e);
        }
    }
}
