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
     * The most a submission may hold, unpacked, to be copied into a return workbook: copying loads it whole, and a
     * sheet of a million rows or strings would take the heap of the run. A larger one is described instead.
     */
    static final long MAX_COPY_BYTES = 24L * 1024 * 1024;
    /** The most parts of an .xlsx package copied; a package of many thousands of parts is no report. */
    static final int MAX_COPY_PARTS = 2_000;

    /** @throws IOException also when the workbook is too large to copy, before anything of it is loaded */
    static SubmittedWorkbook open(Path file) throws IOException {
        return switch (WorkbookFormat.of(file)) {
            case XLSX -> openOoxml(file);
            case XLS -> openOle2(file);
            default -> throw new IOException("not an Excel workbook: " + file);
        };
    }

    private static SubmittedWorkbook openOoxml(Path file) throws IOException {
        requireCopyableSize(file);
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
    private static void requireCopyableSize(Path file) throws IOException {
        long unpacked = 0;
        int parts = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                unpacked += Math.max(entry.getSize(), entry.getCompressedSize());
                if (++parts > MAX_COPY_PARTS || unpacked > MAX_COPY_BYTES) {
                    throw new IOException("too large to copy: more than " + MAX_COPY_PARTS + " parts or "
                            + MAX_COPY_BYTES + " bytes unpacked");
                }
            }
        }
    }

    private static SubmittedWorkbook openOle2(Path file) throws IOException {
        if (Files.size(file) > MAX_COPY_BYTES) {
            throw new IOException("too large to copy: more than " + MAX_COPY_BYTES + " bytes");
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
