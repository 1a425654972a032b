package vn.tonghop.workbook.poi;

import vn.tonghop.workbook.UnreadableReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tonghop.workbook.UnreadableWorkbookException;

class PoiWorkbookReaderUnreadableTest {

    @TempDir
    Path dir;

    private Path realXlsx() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        PoiWorkbookReaderXlsxTest.fillReport(workbook);
        return TestFiles.write(workbook, dir.resolve("that.xlsx"));
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("rong.xlsx"));

        assertUnreadable(file, UnreadableReason.EMPTY);
    }

    @Test
    void randomBytesNamedXlsx() throws Exception {
        byte[] noise = new byte[4096];
        new Random(20240315).nextBytes(noise);
        Path file = Files.write(dir.resolve("rac.xlsx"), noise);

        assertUnreadable(file, UnreadableReason.NOT_A_SPREADSHEET);
    }

    @Test
    void textFileRenamedXls() throws Exception {
        Path file = Files.writeString(dir.resolve("ghi-chu.xls"), "Mã đơn vị;DV01\nTổng cộng;45\n", StandardCharsets.UTF_8);

        assertUnreadable(file, UnreadableReason.NOT_A_SPREADSHEET);
    }

    @Test
    void zipThatIsNotAnOfficeDocument() throws Exception {
        Path file = dir.resolve("nen.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("doc-toi.txt"));
            zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertUnreadable(file, UnreadableReason.NOT_A_SPREADSHEET);
    }

    @Test
    void wordDocumentNamedXlsx() throws Exception {
        Path file = dir.resolve("van-ban.xlsx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Báo cáo");
            document.write(out);
        }

        assertUnreadable(file, UnreadableReason.NOT_A_SPREADSHEET);
    }

    @Test
    void truncatedXlsx() throws Exception {
        byte[] whole = Files.readAllBytes(realXlsx());
        Path file = Files.write(dir.resolve("dang-do.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertUnreadable(file, UnreadableReason.CORRUPT);
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path file = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream encrypted = encryptor.getDataStream(fs)) {
                PoiWorkbookReaderXlsxTest.fillReport(workbook);
                workbook.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertUnreadable(file, UnreadableReason.ENCRYPTED);
    }

    @Test
    void passwordProtectedXls() throws Exception {
        Path file = dir.resolve("mat-khau.xls");
        HSSFWorkbook workbook = new HSSFWorkbook();
        PoiWorkbookReaderXlsxTest.fillReport(workbook);
        Biff8EncryptionKey.setCurrentUserPassword("bimat");
        try {
            TestFiles.write(workbook, file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertUnreadable(file, UnreadableReason.ENCRYPTED);
    }

    @Test
    void openDocumentSpreadsheetFromLibreOffice() throws Exception {
        Path file = dir.resolve("DV001.ods");
        try (InputStream fixture = getClass().getResourceAsStream("/workbooks/DV001-libreoffice.ods")) {
            Files.copy(fixture, file);
        }

        assertUnreadable(file, UnreadableReason.OPENDOCUMENT);
        assertUnreadable(Files.copy(file, dir.resolve("DV001.xlsx")), UnreadableReason.OPENDOCUMENT);
    }

    @Test
    void binaryWorkbookXlsb() throws Exception {
        Path file = dir.resolve("DV002.xlsb");
        try (OPCPackage pkg = OPCPackage.create(file.toFile())) {
            PackagePartName name = PackagingURIHelper.createPartName("/xl/workbook.bin");
            PackagePart workbook = pkg.createPart(name, XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType());
            try (OutputStream out = workbook.getOutputStream()) {
                out.write(new byte[] {(byte) 0x83, 0x01, 0x00});
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT);
        }

        assertUnreadable(file, UnreadableReason.BINARY_XLSB);
    }

    /** Java puts U+FFFD for name bytes that are not UTF-8: such a name cannot be named again, the unit renames it. */
    @Test
    void aNameThatDidNotDecodeIsReportedAsSuchNotAsACorruptFile() throws Exception {
        Path file = Files.copy(realXlsx(), dir.resolve("DV017-S\uFFFD-Y-te.xlsx"));

        assertUnreadable(file, UnreadableReason.UNDECODABLE_NAME);
    }

    @Test
    void missingFile() {
        assertThat(catchThrowableOfType(UnreadableWorkbookException.class,
                () -> new PoiWorkbookReader().read(dir.resolve("khong-co.xlsx"))).reason())
                .isEqualTo(UnreadableReason.CANNOT_OPEN);
    }

    private static void assertUnreadable(Path file, UnreadableReason reason) throws IOException {
        UnreadableWorkbookException thrown = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> ReadingHelper.readUnchanged(file));

        assertThat(thrown).as("reading %s", file.getFileName()).isNotNull();
        assertThat(thrown.reason()).isEqualTo(reason);
        assertThat(thrown.file()).isEqualTo(file);
    }
}
