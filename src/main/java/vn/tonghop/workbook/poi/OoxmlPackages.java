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

/** Opens OOXML packages read-only, turning failures into reasons a user understands. */
final class OoxmlPackages {

    /** OpenDocument files name their kind in a first, uncompressed entry. */
    private static final String ODF_MIMETYPE_ENTRY = "mimetype";
    private static final String ODF_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private OoxmlPackages() {
    }

    /** The package as POI's usermodel needs it, for the rare file whose formulas must be computed. */
    static OPCPackage openReadOnly(Path file) throws UnreadableWorkbookException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        }
    }

    /**
     * A zip archive without a content-types part was never an Office file; it may be an OpenDocument one (an .ods
     * renamed .xlsx).
     */
    static UnreadableReason whyNotAnOfficePackage(ZipFile zip) {
        ZipEntry mimetype = zip.getEntry(ODF_MIMETYPE_ENTRY);
        if (mimetype != null && mimetype.getSize() < 200) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                String kind = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (kind.startsWith(ODF_SPREADSHEET)) {
                    return UnreadableReason.OPENDOCUMENT;
                }
            } catch (IOException e) {
                return UnreadableReason.CORRUPT;
            }
        }
        return UnreadableReason.NOT_A_SPREADSHEET;
    }
}
