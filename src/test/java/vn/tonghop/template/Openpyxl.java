package vn.tonghop.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Fills a template the way an office script does, with Python's openpyxl: typed values are written, formulas keep
 * no cached values. Uses Debian's python3 and python3-openpyxl (installed by .ci/run).
 */
final class Openpyxl {

    private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = """
            import datetime, sys, openpyxl
            template, sheet, target = sys.argv[1], sys.argv[2], sys.argv[3]
            book = openpyxl.load_workbook(template)
            ws = book[sheet]
            for pair in sys.argv[4:]:
                address, kind, value = pair.split("=", 2)
                if kind == "date":
                    ws[address].value = datetime.date.fromisoformat(value)
                elif kind == "int":
                    ws[address].value = int(value)
                else:
                    ws[address].value = value
            book.save(target)
            """;

    private Openpyxl() {
    }

    /** Debian's python3 when it has openpyxl; the test is skipped on a machine without it. */
    static Path python() throws Exception {
        boolean available = Files.isExecutable(DEBIAN_PYTHON)
                && new ProcessBuilder(DEBIAN_PYTHON.toString(), "-c", "import openpyxl").start().waitFor() == 0;
        Assumptions.assumeTrue(available, "needs Debian's python3-openpyxl (apt-get install python3-openpyxl)");
        return DEBIAN_PYTHON;
    }

    static Path fill(Path python, Path template, String sheet, Map<String, Object> cells, Path target)
            throws IOException, InterruptedException {
        Path script = Files.writeString(Files.createTempFile("fill-template", ".py"), SCRIPT, StandardCharsets.UTF_8);
        try {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(python.toString(),
                    script.toString(), template.toString(), sheet, target.toString()));
            cells.forEach((address, value) -> {
                if (value != null) {
                    String kind = value instanceof LocalDate ? "date" : value instanceof Long ? "int" : "text";
                    command.add(address + "=" + kind + "=" + value);
                }
            });
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return target;
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
