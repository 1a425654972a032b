package vn.tonghop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.cli.ExitCodes;

/**
 * The packaged jar refuses a setup that cannot work before it reads anything: exit code 2, one line on stderr that
 * says why and how to fix it, the same line in logs/tonghop.log (a scheduled run leaves its reason there), and no
 * data folder (so no job instance to "restart") and no output folder.
 */
class SetupRefusalIT {

    private static final Path SAMPLE_JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml").toAbsolutePath();
    private static final String VIETNAMESE_NAME = "DV017 Sở Y tế.xlsx";
    /** Generous for a loaded two-core machine; these processes never start Spring. */
    private static final Duration EXIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @BeforeEach
    void inputWithAVietnameseFileName() throws IOException {
        Path input = Files.createDirectories(folder.resolve("input"));
        Files.copy(Path.of("input", VIETNAMESE_NAME), input.resolve(VIETNAMESE_NAME));
        Files.copy(Path.of("input", "DV001-Van-phong-Tinh-uy.xlsx"),
                input.resolve("DV001-Van-phong-Tinh-uy.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "watch"})
    void underTheCLocaleAVietnameseFileNameStopsTheCommandBeforeAnyRunExists(String command) throws Exception {
        try (TonghopProcess process = TonghopProcess.startUnderLocale(folder, "C", command,
                "--job=" + SAMPLE_JOB, "--input=input", "--output=output", "--data=data")) {
            String reason = refusal(process);

            assertThat(reason).startsWith("the names of the files in " + folder.resolve("input")
                            + " come out garbled, e.g. 'DV017 S")
                    .endsWith(".xlsx': Java decodes file names as ANSI_X3.4-1968 because the locale is not UTF-8; "
                            + "start it under a UTF-8 locale: LANG=C.UTF-8 (with LC_ALL unset), or "
                            + "Environment=LANG=C.UTF-8 in its systemd unit; nothing was read")
                    .doesNotContain("restart");
        }
    }

    @ParameterizedTest
    @CsvSource({"run, output", "run, data", "history, data"})
    void aFileWhereAFolderBelongsStopsTheCommandNamingItAndTheOption(String command, String option)
            throws Exception {
        Path file = Files.writeString(folder.resolve("README.md"), "# not a folder\n");
        List<String> args = new ArrayList<>(List.of(command, "--" + option + "=README.md"));
        if (command.equals("run")) {
            args.addAll(List.of("--job=" + SAMPLE_JOB, "--input=input"));
        }
        try (TonghopProcess process = TonghopProcess.start(folder, args.toArray(String[]::new))) {
            assertThat(refusal(process)).isEqualTo(option + " folder " + file + " is a file, not a folder (--"
                    + option + ")");
        }
        assertThat(folder.resolve("README.md")).hasContent("# not a folder");
    }

    @Test
    void versionComesFromTheJarManifest() throws Exception {
        try (TonghopProcess process = TonghopProcess.startPackagedJar(folder, "--version")) {
            assertThat(process.waitFor(EXIT)).isTrue();
            assertThat(process.exitCode()).as(process.output()).isEqualTo(ExitCodes.COMPLETED);
            assertThat(process.stdout().lines().toList()).containsExactly("tonghop " + pomVersion());
            assertThat(process.stderr()).isEmpty();
        }
        assertThat(folder.resolve("logs")).as("nothing to log").doesNotExist();
    }

    /**
     * Asserts the process refused its setup as it must and returns the reason it gave: exit code 2, one line on
     * stderr, nothing on stdout, the reason in the log, no data or output folder.
     */
    private String refusal(TonghopProcess process) throws Exception {
        assertThat(process.waitFor(EXIT)).as("ended at once: " + process.output()).isTrue();
        assertThat(process.exitCode()).as(process.output()).isEqualTo(ExitCodes.INVALID_SETUP);
        List<String> lines = process.stderr().lines().toList();
        assertThat(lines).as(process.output()).hasSize(1);
        assertThat(lines.get(0)).startsWith("tonghop: ");
        assertThat(process.stdout()).isEmpty();
        String reason = lines.get(0).substring("tonghop: ".length());

        assertThat(Files.readString(folder.resolve("logs/tonghop.log"), StandardCharsets.UTF_8))
                .contains("ERROR vn.tonghop.cli.FailureLog - " + reason + " (exit code 2)");
        assertThat(folder.resolve("data")).as("no job repository, so no job instance").doesNotExist();
        assertThat(folder.resolve("output")).doesNotExist();
        return reason;
    }

    private static String pomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>tonghop</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).as("pom.xml names the project's version").isTrue();
        return version.group(1);
    }
}
