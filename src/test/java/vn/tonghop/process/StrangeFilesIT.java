package vn.tonghop.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.workbook.poi.HostileXlsx.times;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.workbook.poi.HostileXlsx;

/**
 * The strange and hostile files together beside the shipped sample, in one run of the packaged jar with a 512 MB
 * heap: the run completes, each file gets its code, the sample's figures are those of a run without them, nothing
 * outside the input folder is read and every output opens.
 */
class StrangeFilesIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
    private static final String[] ARGS = {"run", "--job=jobs/hoc-tap-2007-gd1/job.yml", "--input=input",
        "--output=output", "--data=data"};

    @TempDir
    Path root;

    private Path workFolder(String name) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        FileSystemUtils.copyRecursively(Path.of("jobs"), folder.resolve("jobs"));
        FileSystemUtils.copyRecursively(Path.of("input"), folder.resolve("input"));
        return folder;
    }

    private static JsonNode run(Path folder) throws Exception {
        try (TonghopProcess process = TonghopProcess.start(folder, List.of("-Xmx512m"), ARGS)) {
            assertThat(process.waitFor(RUN_TIMEOUT)).as("ended in time: " + process.output()).isTrue();
            assertThat(process.exitCode()).as(process.output()).isZero();
        }
        Path jobOutput = folder.resolve("output/hoc-tap-2007-gd1");
        Path run = jobOutput.resolve(Files.readString(jobOutput.resolve("latest.txt")).strip());
        return JsonMapper.builder().build().readTree(Files.readString(run.resolve("summary.json")));
    }

    private static SubmissionWorkbook report(String code, String name) {
        return SubmissionWorkbook.forCampaign(SampleGenerator.campaign())
                .unit(code, name)
                .reportDate(LocalDate.of(2007, 6, 20))
                .form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 45)
                .membership(SampleGenerator.MASSES, 1300)
                .session(code + "-01", LocalDate.of(2007, 5, 17), "Hội trường", 20, 600);
    }

    /** The strange files, by name relative to the input folder, with the code each must get. */
    private Map<String, String> addStrangeFiles(Path input, Path outside) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Path strange = Files.createDirectories(input.resolve("la"));
        new HostileXlsx().rows(times(1_000_000, i -> "<row r=\"" + (i + 1) + "\"><c r=\"A" + (i + 1) + "\"><v>" + i
                + "</v></c></row>")).writeTo(strange.resolve("trieu-dong.xlsx"));
        expected.put("la/trieu-dong.xlsx", "TOO_LARGE");
        new HostileXlsx().sharedStrings(times(1_000_000, i -> "<si><t>chu " + i + "</t></si>"))
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").writeTo(strange.resolve("trieu-chu.xlsx"));
        expected.put("la/trieu-chu.xlsx", "TOO_LARGE");
        new HostileXlsx().rows(out -> {
            out.write("<row r=\"1\">");
            times(16_384, i -> "<c><v>" + i + "</v></c>").write(out);
            out.write("</row>");
        }).writeTo(strange.resolve("16384-cot.xlsx"));
        expected.put("la/16384-cot.xlsx", "TOO_LARGE");
        Files.write(strange.resolve("rong.xlsx"), new byte[0]);
        expected.put("la/rong.xlsx", "FILE_UNREADABLE");
        byte[] whole = Files.readAllBytes(report("DV017", "Sở Y tế").writeTo(root.resolve("whole.xlsx")));
        Files.write(strange.resolve("cut-ngang.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        expected.put("la/cut-ngang.xlsx", "FILE_UNREADABLE");
        report("DV017", "Sở Y tế").reportDate(LocalDate.of(9999, 12, 31)).writeTo(strange.resolve("nam-9999.xlsx"));
        expected.put("la/nam-9999.xlsx", "DATE_OUT_OF_RANGE");
        SubmissionWorkbook huge = report("DV018", "Sở Giáo dục");
        huge.set(huge.valueCell("Tổng số cán bộ chủ chốt và đảng viên"), 4.611686018427388E18)
                .writeTo(strange.resolve("so-qua-lon.xlsx"));
        expected.put("la/so-qua-lon.xlsx", "COUNT_TOO_LARGE");
        Path twoSheets = report("DV019", "Sở Lao động").writeTo(root.resolve("one-sheet.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(twoSheets))) {
            workbook.cloneSheet(0, "Ban sao");
            try (OutputStream out = Files.newOutputStream(strange.resolve("hai-trang.xlsx"))) {
                workbook.write(out);
            }
        }
        expected.put("la/hai-trang.xlsx", "AMBIGUOUS_SHEET");
        report("ДВ001", "Đảng bộ").writeTo(strange.resolve("ДВ001.xlsx"));
        expected.put("la/ДВ001.xlsx", "UNKNOWN_UNIT");
        Files.write(strange.resolve("DV 998.xlsx"), new byte[0]);
        Files.write(strange.resolve("DV-998.xlsx"), new byte[0]);
        expected.put("la/DV 998.xlsx", "FILE_UNREADABLE");
        expected.put("la/DV-998.xlsx", "FILE_UNREADABLE");
        // long texts everywhere: a deep folder, a 250-byte name, a 300-character code, a 32,767-character name, a note
        Path deep = strange;
        for (int i = 0; i < 20; i++) {
            deep = deep.resolve("thu-muc-long-nhau-" + i);
        }
        Files.createDirectories(deep);
        String longFile = "bao-cao-".repeat(31) + "x.xlsx";
        report("DV" + "7".repeat(300), "Đ".repeat(32_767)).note("Ghi chú ".repeat(625))
                .writeTo(deep.resolve(longFile.substring(longFile.length() - 250)));
        expected.put(input.relativize(deep.resolve(longFile.substring(longFile.length() - 250))).toString(),
                "UNKNOWN_UNIT");
        // the trust boundary: a link to a report outside is never read
        Path secret = report("DV020", "Sở Công nghiệp").writeTo(outside.resolve("DV020-ngoai.xlsx"));
        Files.createSymbolicLink(strange.resolve("DV020-lien-ket.xlsx"), secret);
        return expected;
    }

    @Test
    void strangeFilesBesideTheSampleLeaveItsFiguresAndEachGetsItsCode() throws Exception {
        JsonNode baseline = run(workFolder("mau"));
        Path corpus = workFolder("la");
        Path outside = Files.createDirectories(root.resolve("ngoai"));
        Map<String, String> expected = addStrangeFiles(corpus.resolve("input"), outside);

        JsonNode summary = run(corpus);

        for (String field : List.of("units", "sessions", "attendees", "groups")) {
            assertThat(summary.get(field)).as(field).isEqualTo(baseline.get(field));
        }
        Map<String, List<String>> codesByFile = new LinkedHashMap<>();
        for (JsonNode issue : summary.get("issues")) {
            if (issue.get("file") != null && !issue.get("file").isNull()) {
                codesByFile.computeIfAbsent(issue.get("file").asString(), f -> new ArrayList<>())
                        .add(issue.get("code").asString());
            }
        }
        expected.forEach((file, code) -> assertThat(codesByFile.get(file)).as(file).contains(code));
        assertThat(codesByFile).doesNotContainKey("la/DV020-lien-ket.xlsx");
        assertThat(summary.get("files").get("ignored").asInt())
                .isEqualTo(baseline.get("files").get("ignored").asInt() + 1);
        assertThat(summary.get("files").get("rejected").asInt())
                .isEqualTo(baseline.get("files").get("rejected").asInt() + expected.size());

        Path runFolder = corpus.resolve("output/hoc-tap-2007-gd1").resolve(Files.readString(
                corpus.resolve("output/hoc-tap-2007-gd1/latest.txt")).strip());
        List<Path> returns;
        try (Stream<Path> files = Files.list(runFolder.resolve("tra-lai"))) {
            returns = files.sorted().toList();
        }
        assertThat(returns).extracting(p -> p.getFileName().toString())
                .allSatisfy(name -> assertThat(name).doesNotStartWith(".").hasSizeLessThanOrEqualTo(90))
                .contains("la-DV-998.xlsx", "la-DV-998-2.xlsx", "001.xlsx");
        List<Path> outputs = new ArrayList<>(returns);
        outputs.add(runFolder.resolve("tong-hop.xlsx"));
        outputs.add(runFolder.resolve("bao-cao-loi.xlsx"));
        for (Path output : outputs) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(output.toFile())) {
                assertThat(workbook.getNumberOfSheets()).as(output.toString()).isPositive();
            }
        }
    }
}
