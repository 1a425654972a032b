package vn.tonghop.report.returns;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A submitted workbook opened strictly read-only: an .xlsx package is opened for reading and reverted, never saved;
 * an .xls file system is opened read-only. The kind is told by the file's content, not its name.
 */
final class SubmittedWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final Release release;

    /** What lets go of the file: reverting the package or closing the file system. */
    private interface Release {
        void run() throws IOException;
    }

    private SubmittedWorkbook(Workbook workbook, Release release) {
        this.workbook = workbook;
        this.release = release;
    }

    static SubmittedWorkbook open(Path file) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> openOoxml(file);
            case OLE2 -> openOle2(file);
            default -> throw new IOException("not an Excel workbook: " + file);
        };
    }

    private static SubmittedWorkbook openOoxml(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException e) {
            throw new IOException("not a readable .xlsx package: " + file, e);
        }
        try {
            // revert, not close: closing would try to save the package
            return new SubmittedWorkbook(new XSSFWorkbook(pkg), pkg::revert);
        } catch (IOException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    private static SubmittedWorkbook openOle2(Path file) throws IOException {
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true);
            return new SubmittedWorkbook(workbook, fs::close);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    Workbook workbook() {
        return workbook;
    }

    boolean uses1904Dates() {
        if (workbook instanceof XSSFWorkbook xssf) {
            return xssf.isDate1904();
        }
        return ((HSSFWorkbook) workbook).getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public void close() throws IOException {
        release.run();
    }
}
