package vn.tonghop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;

/** {@code template} from the command line: the files it writes, where, and what it prints. */
class TemplateCommandTest {

    @Test
    void writesTheBlankAndOnePersonalisedWorkbookPerUnitIntoTheJobsFolder(@TempDir Path folder) throws Exception {
        Path job = Files.createDirectories(folder.resolve("jobs/mau")).resolve("job.yml");
        Files.copy(Path.of("jobs/hoc-tap-2007-gd1/job.yml"), job);
        Files.writeString(job.resolveSibling("units.csv"), """
                code,name,pilot
                DV001,Văn phòng Tỉnh ủy,yes
                DV002,Ban Tổ chức Tỉnh ủy,no
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = TonghopApplication.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "template", "--job=" + job,
                "--output=" + folder.resolve("mau-gui-don-vi"));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.COMPLETED);
        Path written = folder.resolve("mau-gui-don-vi/hoc-tap-2007-gd1");
        try (Stream<Path> files = Files.list(written)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("DV001.xlsx", "DV002.xlsx", "mau-bao-cao.xlsx"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mau-bao-cao.xlsx + 2 workbooks",
                "Templates: " + written.toAbsolutePath());
    }
}
