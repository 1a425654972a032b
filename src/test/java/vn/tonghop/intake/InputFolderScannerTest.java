package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of the input folder are taken as submissions; the scanner never parses them. */
class InputFolderScannerTest {

    /** SHA-256("abc"), FIPS 180-2 appendix B.1. */
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path input;

    private void file(String name, String content) throws IOException {
        Path file = input.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void xlsxXlsmAndXlsAreTakenAndOtherSpreadsheetFormatsIgnoredAsSuch() throws IOException {
        for (String name : new String[] {"DV001.xlsx", "DV002.XLSM", "DV003.xls", "DV004.xltx", "DV005.xltm",
                "DV006.xlt", "DV007.xlsb", "DV008.ods"}) {
            file(name, name);
        }

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name).containsExactly("DV001.xlsx", "DV002.XLSM",
                "DV003.xls");
        assertThat(scan.ignored()).extracting(IgnoredFile::name).containsExactly("DV004.xltx", "DV005.xltm",
                "DV006.xlt", "DV007.xlsb", "DV008.ods");
        assertThat(scan.ignored()).extracting(IgnoredFile::reason).containsOnly(IgnoredFile.Reason.OTHER_SPREADSHEET);
    }

    @Test
    void lockFilesHiddenFilesAndOtherDocumentsAreIgnoredWithTheirReason() throws IOException {
        file("DV001.xlsx", "report");
        file("~$DV001.xlsx", "owner");
        file(".DV002.xlsx", "hidden");
        file(".tam/DV003.xlsx", "in a hidden folder");
        file("ghi-chu.txt", "note");
        file("DV004-cong-van.pdf", "letter");

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name).containsExactly("DV001.xlsx");
        assertThat(scan.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason).containsExactlyInAnyOrder(
                tuple("~$DV001.xlsx", IgnoredFile.Reason.LOCK_FILE),
                tuple(".DV002.xlsx", IgnoredFile.Reason.HIDDEN),
                tuple("DV004-cong-van.pdf", IgnoredFile.Reason.NOT_A_SPREADSHEET),
                tuple("ghi-chu.txt", IgnoredFile.Reason.NOT_A_SPREADSHEET));
    }

    @Test
    void filesInSubFoldersAreNamedRelativeToTheInputFolderAndIdentifiedByContent() throws IOException {
        file("thang-6/DV001.xlsx", "abc");

        SourceFile only = new InputFolderScanner().scan(input).workbooks().get(0);

        assertThat(only.name()).isEqualTo("thang-6/DV001.xlsx");
        assertThat(only.size()).isEqualTo(3);
        assertThat(only.sha256()).isEqualTo(ABC_SHA256);
    }

    @Test
    void aFolderNamedLikeAWorkbookIsTakenUnreadAndNotLookedInto() throws IOException {
        Files.createDirectories(input.resolve("DV003-bao-cao.xlsx"));
        file("DV003-bao-cao.xlsx/xl/workbook.xml", "<workbook/>");
        file("DV003-bao-cao.xlsx/DV004.xlsx", "inside");
        file("thang-6/DV001.xlsx", "abc");

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::size, SourceFile::sha256)
                .containsExactly(tuple("DV003-bao-cao.xlsx", 0L, null), tuple("thang-6/DV001.xlsx", 3L,
                        ABC_SHA256));
        assertThat(scan.ignored()).isEmpty();
    }

    @Test
    void aPipeNamedLikeAWorkbookIsTakenButNeverOpened() throws Exception {
        Path pipe = fifo("DV004.xlsx");
        file("DV001.xlsx", "abc");

        // opening the pipe would wait for a writer for ever: fail instead of hanging if the scanner did
        InputScan scan = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new InputFolderScanner().scan(input));

        assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::sha256)
                .containsExactly(tuple("DV001.xlsx", ABC_SHA256),
                        tuple("DV004.xlsx", null));
        assertThat(scan.workbooks().get(1).path()).isEqualTo(pipe.toRealPath());
        assertThat(new InputFolderListing(input).list()).containsOnlyKeys("DV001.xlsx");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new InputFolderListing(input)
                .canOpen("DV004.xlsx"))).isFalse();
    }

    @Test
    void aLinkToNothingIsTakenUnreadAndALinkToAWorkbookOfTheFolderIsReadOnceWhereItIs() throws IOException {
        Files.createSymbolicLink(input.resolve("DV005.xls"), input.resolve("da-xoa.xls"));
        file("ban-goc/DV006.xlsx", "abc");
        Files.createSymbolicLink(input.resolve("DV006.xlsx"), input.resolve("ban-goc/DV006.xlsx"));

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::size, SourceFile::sha256)
                .containsExactly(tuple("DV005.xls", 0L, null), tuple("ban-goc/DV006.xlsx", 3L, ABC_SHA256));
        assertThat(scan.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason)
                .containsExactly(tuple("DV006.xlsx", IgnoredFile.Reason.LINK_TO_INPUT_FILE));
        assertThat(new InputFolderListing(input).list()).containsOnlyKeys("ban-goc/DV006.xlsx");
    }

    /** The trust boundary: a link, however named and wherever in the folder, never brings in an outside file. */
    @Test
    void linksToFilesOutsideTheFolderAreNamedAndNeverRead(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("DV009.xlsx"), "secret");
        Files.createSymbolicLink(input.resolve("DV009.xlsx"), secret);
        Files.createDirectories(input.resolve("thang-6"));
        Files.createSymbolicLink(input.resolve("thang-6/DV008.xlsx"), Path.of("../../" + outside.getFileName()
                + "/DV009.xlsx"));
        Files.createSymbolicLink(input.resolve("ra-ngoai.xlsx"), input.resolve("DV009.xlsx"));
        file("DV001.xlsx", "abc");

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name).containsExactly("DV001.xlsx");
        assertThat(scan.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason).containsExactly(
                tuple("DV009.xlsx", IgnoredFile.Reason.LINK_OUTSIDE_INPUT),
                tuple("ra-ngoai.xlsx", IgnoredFile.Reason.LINK_OUTSIDE_INPUT),
                tuple("thang-6/DV008.xlsx", IgnoredFile.Reason.LINK_OUTSIDE_INPUT));
        assertThat(new InputFolderListing(input).list()).containsOnlyKeys("DV001.xlsx");
    }

    /** Hard links: one file under two names inside is read once; one with a name outside is not read at all. */
    @Test
    void aFileOfTwoNamesIsReadOnceAndOneWithANameOutsideIsNeverRead(@TempDir Path outside) throws IOException {
        file("DV001.xlsx", "abc");
        Files.createLink(input.resolve("ban-sao-DV001.xlsx"), input.resolve("DV001.xlsx"));
        // a hidden name sorts first but is never read: the file is read under its visible name
        Files.createLink(input.resolve(".DV001.xlsx"), input.resolve("DV001.xlsx"));
        Path secret = Files.writeString(outside.resolve("DV009.xlsx"), "secret");
        Files.createDirectories(input.resolve("thang-6"));
        Files.createLink(input.resolve("thang-6/DV009.xlsx"), secret);
        Files.createLink(input.resolve("DV009.xlsx"), secret);

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::sha256)
                .containsExactly(tuple("DV001.xlsx", ABC_SHA256));
        assertThat(scan.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason).containsExactly(
                tuple(".DV001.xlsx", IgnoredFile.Reason.HIDDEN),
                tuple("DV009.xlsx", IgnoredFile.Reason.LINK_OUTSIDE_INPUT),
                tuple("ban-sao-DV001.xlsx", IgnoredFile.Reason.LINK_TO_INPUT_FILE),
                tuple("thang-6/DV009.xlsx", IgnoredFile.Reason.LINK_OUTSIDE_INPUT));
        assertThat(new InputFolderListing(input).list()).containsOnlyKeys("DV001.xlsx");
    }

    @Test
    void lockFilesAndHiddenFilesAreIgnoredWhateverTheyAre() throws Exception {
        fifo("~$DV001.xlsx");
        Files.createSymbolicLink(input.resolve(".DV002.xlsx"), input.resolve("da-xoa.xlsx"));
        Files.createDirectories(input.resolve("~$DV003.xlsx"));
        fifo("ong-dan");

        InputScan scan = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new InputFolderScanner().scan(input));

        assertThat(scan.workbooks()).isEmpty();
        assertThat(scan.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason).containsExactly(
                tuple(".DV002.xlsx", IgnoredFile.Reason.HIDDEN),
                tuple("ong-dan", IgnoredFile.Reason.NOT_A_SPREADSHEET),
                tuple("~$DV001.xlsx", IgnoredFile.Reason.LOCK_FILE),
                tuple("~$DV003.xlsx", IgnoredFile.Reason.LOCK_FILE));
    }

    @Test
    void anInputFolderGivenAsALinkIsWalkedWhereItLeads(@TempDir Path elsewhere) throws IOException {
        file("thang-6/DV001.xlsx", "abc");
        Path link = Files.createSymbolicLink(elsewhere.resolve("input"), input);

        InputScan scan = new InputFolderScanner().scan(link);

        assertThat(scan.workbooks()).extracting(SourceFile::name).containsExactly("thang-6/DV001.xlsx");
        assertThat(new InputFolderListing(link).list()).containsOnlyKeys("thang-6/DV001.xlsx");
    }

    @Test
    void aWorkbookWithoutReadPermissionIsTakenUnreadInsteadOfStoppingTheScan() throws IOException {
        file("DV001.xlsx", "abc");
        file("DV002.xlsx", "secret");
        Path locked = input.resolve("DV002.xlsx");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "root reads every file; a folder, a pipe and a broken link stand in");

        InputScan scan = new InputFolderScanner().scan(input);

        assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::size, SourceFile::sha256)
                .containsExactly(tuple("DV001.xlsx", 3L,
                        ABC_SHA256),
                        tuple("DV002.xlsx", 6L, null));
        assertThat(new InputFolderListing(input).canOpen("DV002.xlsx")).isFalse();
    }

    @Test
    void aSubFolderThatCannotBeListedIsNamedInsteadOfStoppingTheScan() throws IOException {
        file("DV001.xlsx", "abc");
        file("thang-6/DV002.xlsx", "hidden from us");
        Path folder = input.resolve("thang-6");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(folder), "root lists every folder");

            InputScan scan = new InputFolderScanner().scan(input);

            assertThat(scan.workbooks()).extracting(SourceFile::name, SourceFile::sha256)
                    .containsExactly(tuple("DV001.xlsx",
                            ABC_SHA256),
                            tuple("thang-6", null));
        } finally {
            // lets @TempDir clean up
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A named pipe made by mkfifo; skipped where there is no mkfifo. */
    private Path fifo(String name) throws IOException, InterruptedException {
        Path pipe = input.resolve(name);
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is available");
        return pipe;
    }
}
