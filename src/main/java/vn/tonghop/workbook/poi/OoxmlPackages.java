package vn.tonghop.workbook.poi;

import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

import vn.tonghop.workbook.UnreadableWorkbookException;

/** Opens OOXML packages read-only, turning POI's failures into reasons a user understands. */
final class OoxmlPackages {

    private OoxmlPackages() {
    }

    static OPCPackage openReadOnly(Path file) throws UnreadableWorkbookException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new UnreadableWorkbookException(file, UnreadableReasons.CORRUPT, e);
        }
    }
}
