package vn.tonghop.workbook.poi;

import vn.tonghop.workbook.UnreadableReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import vn.tonghop.workbook.UnreadableWorkbookException;

/** Opens OOXML packages read-only, turning POI's failures into reasons a user understands. */
final class OoxmlPackages {

    private static final String CONTENT_TYPES_PART = "[Content_Types].xml";
    /** OpenDocument files name their kind in a first, uncompressed entry. */
    private static final String ODF_MIMETYPE_ENTRY = "mimetype";
    private static final String ODF_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private OoxmlPackages() {
    }

    static OPCPackage openReadOnly(Path file) throws UnreadableWorkbookException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableWorkbookException(file, whyNotAPackage(file), e);
        }
    }

    /**
     * POI reports a truncated .xlsx and an ordinary zip archive alike. An archive that cannot be opened is damaged;
     * one that opens fine but has no content-types part was never an Office file, and may be an OpenDocument one.
     */
    private static UnreadableReason whyNotAPackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(CONTENT_TYPES_PART) != null) {
                return UnreadableReason.CORRUPT;
            }
            ZipEntry mimetype = zip.getEntry(ODF_MIMETYPE_ENTRY);
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String kind = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                    if (kind.startsWith(ODF_SPREADSHEET)) {
                        return UnreadableReason.OPENDOCUMENT;
                    }
                }
            }
            return UnreadableReason.NOT_A_SPREADSHEET;
        } catch (IOException e) {
            return UnreadableReason.CORRUPT;
        }
    }
}
