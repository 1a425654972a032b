package vn.tonghop.report.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.poi.WorkbookFormat;

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

    /**
     * @param limits its copy limits bound what is opened: copying loads a submission whole, and a sheet of a million
     *               rows or strings would take the heap of the run; a larger one is described instead
     * @throws IOException also when the workbook is too large to copy, before anything of it is loaded
     */
    static SubmittedWorkbook open(Path file, ReadLimits limits) throws IOException {
        return switch (WorkbookFormat.of(file)) {
            case XLSX -> openOoxml(file, limits);
            case XLS -> openOle2(file, limits);
            default -> throw new IOException("not an Excel workbook: " + file);
        };
    }

    private static SubmittedWorkbook openOoxml(Path file, ReadLimits limits) throws IOException {
        requireCopyableSize(file, limits);
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

    /** The sizes the package's directory declares; POI's own ratio check catches parts that inflate beyond them. */
    private static void requireCopyableSize(Path file, ReadLimits limits) throws IOException {
        long unpacked = 0;
        int parts = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                unpacked += Math.max(entry.getSize(), entry.getCompressedSize());
                if (++parts > limits.maxCopyParts() || unpacked > limits.maxCopyBytes()) {
                    throw new IOException("too large to copy: more than " + limits.maxCopyParts() + " parts or "
                            + limits.maxCopyBytes() + " bytes unpacked");
                }
            }
        }
    }

    private static SubmittedWorkbook openOle2(Path file, ReadLimits limits) throws IOException {
        if (Files.size(file) > limits.maxCopyBytes()) {
            throw new IOException("too large to copy: more than " + limits.maxCopyBytes() + " bytes");
        }
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
