package vn.tonghop.workbook.poi;

import vn.tonghop.workbook.UnreadableReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import vn.tonghop.workbook.UnreadableWorkbookException;

/** Opens OOXML packages read-only, turning POI's failures into reasons a user understands. */
final class OoxmlPackages {

    private static final String CONTENT_TYPES_PART = "[Content_Types].xml";

    private OoxmlPackages() {
    }

    static OPCPackage openReadOnly(Path file) throws UnreadableWorkbookException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            UnreadableReason reason = isWholeZipButNotOffice(file) ? UnreadableReason.NOT_A_SPREADSHEET
                    : UnreadableReason.CORRUPT;
            throw new UnreadableWorkbookException(file, reason, e);
        }
    }

    /**
     * POI reports a truncated .xlsx and an ordinary zip archive alike; an archive that opens fine but has no
     * content-types part was never an Office file. One that cannot be opened is damaged, which is the other answer.
     */
    private static boolean isWholeZipButNotOffice(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(CONTENT_TYPES_PART) == null;
        } catch (IOException e) {
            return false;
        }
    }
}
