package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names the tests create reach this JVM intact (it runs under a UTF-8 locale); the charset Java would decode
 * them with under LANG=C is given instead. The real JVM under LANG=C is tested by SetupRefusalIT.
 */
class FileNameEncodingTest {

    private static final String ASCII = "ANSI_X3.4-1968";

    @TempDir
    Path folder;

    private final FileNameEncoding underC = new FileNameEncoding(ASCII, false);

    @Test
    void underANonUtf8LocaleAVietnameseNameStopsTheRunNamingItAndTheFix() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.createFile(input.resolve("DV001-Ban-Tuyen-giao.xlsx"));
        Files.createFile(input.resolve("DV017 Sở Y tế.xlsx"));

        assertThatThrownBy(() -> underC.requireIntactNames(input))
                .isInstanceOf(SetupException.class)
                .hasMessage("the names of the files in " + input.toAbsolutePath() + " come out garbled, e.g. "
                        + "'DV017 Sở Y tế.xlsx': Java decodes file names as " + ASCII + " because the locale is "
                        + "not UTF-8; start it under a UTF-8 locale: LANG=C.UTF-8 (with LC_ALL unset), or "
                        + "Environment=LANG=C.UTF-8 in its systemd unit; nothing was read");
    }

    @Test
    void aVietnameseFolderNameDeeperDownIsFoundToo() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.createFile(Files.createDirectories(input.resolve("thang-6/Báo cáo")).resolve("DV002.xlsx"));

        assertThat(underC.garbledName(input)).contains(Path.of("thang-6", "Báo cáo").toString());
    }

    @Test
    void plainAsciiNamesRunUnderAnyLocale() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.createFile(Files.createDirectories(input.resolve("thang-6")).resolve("DV001-Ban-Tuyen-giao.xlsx"));

        assertThat(underC.decodesEveryName()).isFalse();
        assertThat(underC.garbledName(input)).isEmpty();
        assertThatCode(() -> underC.requireIntactNames(input)).doesNotThrowAnyException();
    }

    @Test
    void underUtf8OrOnWindowsEveryNameIsIntact() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.createFile(input.resolve("DV017 Sở Y tế.xlsx"));

        for (FileNameEncoding intact : List.of(new FileNameEncoding("UTF-8", false),
                new FileNameEncoding("Cp1258", true))) {
            assertThat(intact.decodesEveryName()).isTrue();
            assertThat(intact.advice()).isEmpty();
            assertThatCode(() -> intact.requireIntactNames(input)).doesNotThrowAnyException();
            assertThatCode(() -> intact.requireIntact("/không-có", List.of(Path.of("tổng-hợp"))))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void underANonUtf8LocaleAGarbledWorkingFolderOrPathIsRefused() {
        String garbled = folder.resolve("t???ng-h???p").toString();
        assertThatThrownBy(() -> underC.requireIntact(garbled, List.of()))
                .hasMessageStartingWith("the name of the working folder comes out as '" + garbled + "': Java "
                        + "decodes file names as " + ASCII);

        assertThatThrownBy(() -> underC.requireIntact(folder.toString(), List.of(Path.of("input"),
                Path.of("/srv/t\uFFFDng/output"))))
                .hasMessageStartingWith("the path '/srv/t\uFFFDng/output' comes out garbled: ")
                .hasMessageEndingWith("; nothing was read");
        assertThatCode(() -> underC.requireIntact(folder.toString(), List.of(Path.of("input"), Path.of("data"))))
                .doesNotThrowAnyException();
    }
}
