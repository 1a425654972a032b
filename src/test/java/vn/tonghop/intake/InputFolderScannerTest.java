package vn.tonghop.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of the input folder are taken as submissions; the scanner never parses them. */
class InputFolderScannerTest {

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
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(only.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
