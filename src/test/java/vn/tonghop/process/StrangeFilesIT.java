package vn.tonghop.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.StrangeFilesCorpus;
import vn.tonghop.fixtures.SubmissionWorkbook;

/**
 * The whole corpus of strange and hostile files, with the file-system ones (links, hard links, loops, odd names),
 * beside the shipped sample in one run of the packaged jar with a 512 MB heap: the run completes, each file gets its
 * outcome, the sample's figures are those its generator declares, nothing outside the input folder is read and every
 * output opens in POI and in openpyxl, with texts that look like formulas written as texts.
 */
class StrangeFilesIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final String[] ARGS = {"run", "--job=jobs/hoc-tap-2007-gd1/job.yml", "--input=input",
        "--output=output", "--data=data"};
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    /** Opens every cell of every sheet of each workbook named; fails on the first that does not open. */
    private static final String OPEN_ALL = """
            import sys, openpyxl
            for name in sys.argv[1:]:
                book = openpyxl.load_workbook(name)
                cells = sum(1 for sheet in book.worksheets for row in sheet.iter_rows() for cell in row)
                print("ok", cells, name)
            """;
    /** The texts of the corpus that a spreadsheet would take for formulas if written as such. */
    private static final List<String> FORMULA_LIKE = List.of("=1+1", "@SUM(1)", "-2+3", "+DV017");
    /** The sample's files that a run ignores: the lock file and the note. */
    private static final int SAMPLE_IGNORED = 2;
    /** The sample's one rejected file. */
    private static final int SAMPLE_REJECTED = 1;

    @TempDir
    Path root;

    private String undecodableName;

    private static SubmissionWorkbook report(String code, String name) {
        return SubmissionWorkbook.forCampaign(SampleGenerator.campaign())
                .unit(code, name)
                .reportDate(LocalDate.of(2007, 6, 20))
                .form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 45)
                .membership(SampleGenerator.MASSES, 1300)
                .session(code + "-01", LocalDate.of(2007, 5, 17), "Hội trường", 20, 600);
    }

    /** The file-system level: links, names and places; returns the names ignored, adds the rejected to expected. */
    private Set<String> addFileSystemCases(Path input, Path outside, Map<String, String> expected)
            throws IOException, InterruptedException {
        Set<String> ignored = new LinkedHashSet<>();
        Path strange = input.resolve("la");
        // the trust boundary: a link to a file, a link to a folder, a hard link, all leading outside
        Path secret = report("DV020", "Sở Công nghiệp").writeTo(outside.resolve("DV020-ngoai.xlsx"));
        Files.createSymbolicLink(strange.resolve("DV020-lien-ket.xlsx"), secret);
        ignored.add("la/DV020-lien-ket.xlsx");
        Path outsideFolder = Files.createDirectories(outside.resolve("thu-muc"));
        report("DV021", "Sở Thương mại").writeTo(outsideFolder.resolve("DV021.xlsx"));
        Files.createSymbolicLink(strange.resolve("thu-muc-ngoai"), outsideFolder);
        Files.createLink(strange.resolve("DV022-lien-ket-cung.xlsx"),
                report("DV022", "Sở Văn hóa").writeTo(outside.resolve("DV022.xlsx")));
        ignored.add("la/DV022-lien-ket-cung.xlsx");
        // one file under two names inside: read once
        Files.createLink(strange.resolve("sao-cung-hop-le.xlsx"), strange.resolve("hop-le.xlsx"));
        ignored.add("la/sao-cung-hop-le.xlsx");
        // loops: two links naming each other, a folder link to its own parent
        Files.createSymbolicLink(strange.resolve("vong-a.xlsx"), Path.of("vong-b.xlsx"));
        Files.createSymbolicLink(strange.resolve("vong-b.xlsx"), Path.of("vong-a.xlsx"));
        expected.put("la/vong-a.xlsx", "FILE_UNREADABLE");
        expected.put("la/vong-b.xlsx", "FILE_UNREADABLE");
        Files.createSymbolicLink(strange.resolve("vong-thu-muc"), Path.of(".."));
        // names: hidden, Excel's lock file, a hidden folder, two names of one return name, a name not in UTF-8
        report("DV017", "Sở Y tế").writeTo(strange.resolve(".DV017-an.xlsx"));
        ignored.add("la/.DV017-an.xlsx");
        report("DV017", "Sở Y tế").writeTo(strange.resolve("~$DV017.xlsx"));
        ignored.add("la/~$DV017.xlsx");
        report("DV017", "Sở Y tế").writeTo(strange.resolve(".thu-muc-an/DV017.xlsx"));
        Files.write(strange.resolve("DV 998.xlsx"), new byte[0]);
        Files.write(strange.resolve("DV-998.xlsx"), new byte[0]);
        expected.put("la/DV 998.xlsx", "FILE_UNREADABLE");
        expected.put("la/DV-998.xlsx", "FILE_UNREADABLE");
        Path latin1 = report("DV017", "Sở Y tế").reportDate(LocalDate.of(9999, 1, 1))
                .writeTo(root.resolve("l1.xlsx"));
        // a name in Latin-1, as an old zip tool leaves it: byte E1 for 'á', not UTF-8
        Process copy = new ProcessBuilder("sh", "-c", "cp \"$1\" \"$2/$(printf 'DV017-S\\341-Y-te.xlsx')\"", "sh",
                latin1.toString(), strange.toString()).inheritIO().start();
        assertThat(copy.waitFor()).isZero();
        expected.put("la/DV017-S\uFFFD-Y-te.xlsx", "FILE_UNREADABLE");
        undecodableName = "la/DV017-S\uFFFD-Y-te.xlsx";
        report("ДВ001", "Đảng bộ").writeTo(strange.resolve("ДВ001.xlsx"));
        expected.put("la/ДВ001.xlsx", "UNKNOWN_UNIT");
        // long texts everywhere: a deep folder, a 250-byte name, a 300-character code, a 32,767-character name
        Path deep = strange;
        for (int i = 0; i < 20; i++) {
            deep = deep.resolve("thu-muc-long-nhau-" + i);
        }
        String longFile = "bao-cao-".repeat(31) + "x.xlsx";
        Path longPath = deep.resolve(longFile.substring(longFile.length() - 250));
        report("DV" + "7".repeat(300), "Đ".repeat(32_767)).note("Ghi chú ".repeat(625)).writeTo(longPath);
        expected.put(input.relativize(longPath).toString(), "UNKNOWN_UNIT");
        return ignored;
    }

    @Test
    void theCorpusBesideTheSampleLeavesItsFiguresAndEachFileGetsItsOutcome() throws Exception {
        Path folder = Files.createDirectories(root.resolve("chay"));
        FileSystemUtils.copyRecursively(Path.of("jobs"), folder.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("input"), folder.resolve("input"));
        Path input = folder.resolve("input");
        Path outside = Files.createDirectories(root.resolve("ngoai"));
        Path scratch = Files.createDirectories(root.resolve("nhap"));
        Path strange = Files.createDirectories(input.resolve("la"));
        // dated before every sample report, so each accepted strange file of DV017 is superseded by the sample's
        StrangeFilesCorpus corpus = new StrangeFilesCorpus(LocalDate.of(2007, 3, 1));
        Map<String, String> expected = new LinkedHashMap<>();
        for (StrangeFilesCorpus.Entry entry : corpus.entries()) {
            entry.make(strange, scratch);
            expected.put("la/" + entry.name(), entry.outcome().isAccepted() ? "DUPLICATE_SUPERSEDED"
                    : entry.outcome().code().name());
        }
        Set<String> ignored = addFileSystemCases(input, outside, expected);

        JsonNode summary;
        try (TonghopProcess process = TonghopProcess.start(folder, List.of("-Xmx512m"), ARGS)) {
            assertThat(process.waitFor(RUN_TIMEOUT)).as("ended in time: " + process.output()).isTrue();
            assertThat(process.exitCode()).as(process.output()).isZero();
        }
        Path jobOutput = folder.resolve("output/hoc-tap-2007-gd1");
        Path runFolder = jobOutput.resolve(Files.readString(jobOutput.resolve("latest.txt")).strip());
        summary = JsonMapper.builder().build().readTree(Files.readString(runFolder.resolve("summary.json")));

        assertThat(summary.get("units").get("expected").asInt()).isEqualTo(SampleGenerator.UNITS_EXPECTED);
        assertThat(summary.get("units").get("reported").asInt()).isEqualTo(SampleGenerator.UNITS_REPORTED);
        assertThat(summary.get("sessions").asLong()).isEqualTo(SampleGenerator.SESSIONS);
        assertThat(summary.get("attendees").asLong()).isEqualTo(SampleGenerator.ATTENDEES);
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        summary.get("groups").forEach(g -> groups.put(g.get("key").asString(),
                List.of(g.get("attended").asLong(), g.get("total").asLong())));
        assertThat(groups).containsExactly(
                Map.entry(SampleGenerator.CADRES,
                        List.of(SampleGenerator.CADRES_ATTENDED, SampleGenerator.CADRES_TOTAL)),
                Map.entry(SampleGenerator.MASSES,
                        List.of(SampleGenerator.MASSES_ATTENDED, SampleGenerator.MASSES_TOTAL)));

        Map<String, List<String>> codesByFile = new LinkedHashMap<>();
        for (JsonNode issue : summary.get("issues")) {
            if (issue.get("file") != null && !issue.get("file").isNull()) {
                codesByFile.computeIfAbsent(issue.get("file").asString(), f -> new ArrayList<>())
                        .add(issue.get("code").asString());
            }
            assertThat(issue.get("message").asString()).doesNotContain(StrangeFilesCorpus.SECRET);
            if (issue.hasNonNull("file") && issue.get("file").asString().equals(undecodableName)
                    && issue.get("code").asString().equals("FILE_UNREADABLE")) {
                assertThat(issue.get("message").asString()).as("tells the unit to rename the file")
                        .contains("đổi tên tệp");
            }
        }
        List<String> wrong = new ArrayList<>();
        expected.forEach((file, code) -> {
            List<String> codes = codesByFile.getOrDefault(file, List.of());
            if (!codes.contains(code)) {
                wrong.add(file + ": expected " + code + ", got " + codes);
            }
        });
        assertThat(wrong).as("outcomes; files named in issues: " + codesByFile.keySet()).isEmpty();
        assertThat(codesByFile.keySet()).doesNotContainAnyElementsOf(ignored);
        assertThat(codesByFile.keySet()).noneMatch(name -> name.startsWith("la/thu-muc-ngoai/")
                || name.startsWith("la/vong-thu-muc/") || name.startsWith("la/.thu-muc-an/"));
        long rejected = expected.values().stream().filter(code -> !code.equals("DUPLICATE_SUPERSEDED")).count();
        assertThat(summary.get("files").get("rejected").asLong()).isEqualTo(SAMPLE_REJECTED + rejected);
        assertThat(summary.get("files").get("ignored").asInt()).isEqualTo(SAMPLE_IGNORED + ignored.size());

        List<Path> returns;
        try (Stream<Path> files = Files.list(runFolder.resolve("tra-lai"))) {
            returns = files.sorted().toList();
        }
        assertThat(returns).extracting(p -> p.getFileName().toString())
                .allSatisfy(name -> assertThat(name).doesNotStartWith(".").hasSizeLessThanOrEqualTo(90))
                .contains("la-DV-998.xlsx", "la-DV-998-2.xlsx");
        List<Path> outputs = new ArrayList<>(returns);
        outputs.add(runFolder.resolve("tong-hop.xlsx"));
        outputs.add(runFolder.resolve("bao-cao-loi.xlsx"));
        Set<String> formulaLikeTextsSeen = new LinkedHashSet<>();
        for (Path output : outputs) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(output.toFile())) {
                assertThat(workbook.getNumberOfSheets()).as(output.toString()).isPositive();
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            textsLikeFormulasAreTexts(output, cell, formulaLikeTextsSeen);
                        }
                    }
                }
            }
        }
        // a million rows or strings are described in their return workbook, never loaded to be copied
        for (String big : List.of("la-trieu-dong.xlsx", "la-trieu-chu.xlsx", "la-bom-zip.xlsx")) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(runFolder.resolve("tra-lai").resolve(big).toFile())) {
                assertThat(workbook.getNumberOfSheets()).as(big + " describes, copies nothing").isOne();
            }
        }
        assertThat(formulaLikeTextsSeen).as("each written somewhere, as a text").containsExactlyInAnyOrderElementsOf(
                FORMULA_LIKE);
        assertOpenInOpenpyxl(outputs);
    }

    private static void textsLikeFormulasAreTexts(Path output, Cell cell, Set<String> seen) {
        if (cell.getCellType() == CellType.FORMULA) {
            assertThat(FORMULA_LIKE).as("%s %s: %s", output.getFileName(), cell.getAddress(), cell.getCellFormula())
                    .noneMatch(text -> cell.getCellFormula().contains(text.substring(1)));
        } else if (cell.getCellType() == CellType.STRING) {
            FORMULA_LIKE.stream().filter(text -> cell.getStringCellValue().contains(text)).forEach(seen::add);
        }
    }

    private static void assertOpenInOpenpyxl(List<Path> outputs) throws IOException, InterruptedException {
        assertThat(PYTHON).as("Debian's python3 with python3-openpyxl (apt-get install -y python3-openpyxl)")
                .isExecutable();
        Path script = Files.writeString(Files.createTempFile("open-all", ".py"), OPEN_ALL, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        outputs.forEach(output -> command.add(output.toString()));
        Path log = Files.createTempFile("open-all", ".txt");
        Process python = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(python.waitFor(3, TimeUnit.MINUTES)).as("openpyxl ended in time").isTrue();
        String said = Files.readString(log);
        assertThat(python.exitValue()).as(said).isZero();
        assertThat(said.lines().filter(line -> line.startsWith("ok "))).hasSize(outputs.size());
    }
}
