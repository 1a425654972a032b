package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.StrangeFilesCorpus;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.Severity;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * Every file of the corpus of strange and hostile files, checked alone by the checker a run uses: each gets its
 * precise outcome within a few seconds, and the accepted ones give exact figures.
 */
class StrangeFilesCorpusTest {

    private static final Campaign CAMPAIGN = SampleGenerator.campaign();
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final StrangeFilesCorpus CORPUS = new StrangeFilesCorpus(LocalDate.of(2007, 6, 20));

    @TempDir
    Path dir;

    private final WorkbookChecker checker = new WorkbookChecker(new PoiWorkbookReader());

    static Stream<StrangeFilesCorpus.Entry> corpus() {
        return CORPUS.entries().stream();
    }

    private CheckResult check(Path file) {
        long start = System.nanoTime();
        // preemptive: a file that made the checker open a pipe would otherwise hang the build
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> checker.check(file, file.getFileName().toString(), CAMPAIGN));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time for %s", file.getFileName())
                .isLessThan(BOUND);
        return result;
    }

    private static List<IssueCode> codes(CheckResult result, Severity severity) {
        return result.issues().stream().filter(i -> i.severity() == severity).map(Issue::code).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachFileGetsItsOutcome(StrangeFilesCorpus.Entry entry) throws IOException {
        Path scratch = Files.createDirectories(dir.resolve("ngoai"));
        Path file = entry.make(Files.createDirectories(dir.resolve("vao")), scratch);

        CheckResult result = check(file);

        StrangeFilesCorpus.Outcome outcome = entry.outcome();
        if (outcome.isAccepted()) {
            assertThat(codes(result, Severity.ERROR)).as(result.issues().toString()).isEmpty();
            assertThat(codes(result, Severity.WARNING)).containsExactlyElementsOf(
                    outcome.warning() == null ? List.of() : List.of(outcome.warning()));
            assertThat(result.unitCode()).isEqualTo("DV017");
            assertThat(result.submission().unitName()).isEqualTo(outcome.unitName());
            assertThat(result.submission().sessions()).extracting(SessionRow::total)
                    .containsExactlyElementsOf(outcome.sessionTotals());
            assertThat(result.submission().membership()).containsExactly(Map.entry(SampleGenerator.CADRES, 45L),
                    Map.entry(SampleGenerator.MASSES, 1300L));
        } else {
            assertThat(result.submission()).as(result.issues().toString()).isNull();
            assertThat(codes(result, Severity.ERROR)).as(result.issues().toString()).contains(outcome.code());
            if (outcome.found() != null) {
                assertThat(result.issues()).filteredOn(issue -> issue.code() == outcome.code())
                        .extracting(Issue::found).containsExactly(outcome.found());
            }
        }
        assertThat(result.issues()).allSatisfy(issue -> assertThat(issue.toString())
                .doesNotContain(StrangeFilesCorpus.SECRET));
    }

    /**
     * The six ways a strange file can hurt a run, each with files of the corpus that try it; the links, loops and
     * odd names of the file system are in InputFolderScannerTest and StrangeFilesIT.
     */
    private static final Map<String, List<String>> FAILURE_KINDS = Map.of(
            "one file kills the run", List.of("ten-32767-ky-tu.xlsx", "ghi-chu-5000-ky-tu.xlsx", "ma-300-ky-tu.xlsx",
                    "ten-trang-la.xlsx", "chuoi-cong-thuc.xlsx", "so-1e-300.xlsx", "trieu-chu.xlsx",
                    "trieu-dong.xlsx", "long-sau.xlsx"),
            "unbounded time", List.of("so-mu-khong-lo.xlsx", "so-1e308.xlsx", "16384-cot.xlsx", "trieu-chu.xlsx",
                    "ty-tieng-cuoi.xlsx", "bom-zip.xlsx", "dong-1048576.xlsx", "kich-thuoc-gia.xlsx"),
            "silent wrong figures or missed errors", List.of("an-truoc.xlsx", "an-han-truoc.xlsx",
                    "hai-bao-cao.xlsx", "nhan-hai-lan.xlsx", "nam-9999.xlsx", "ma-co-ky-tu-an.xlsx", "ma-co-nbsp.xlsx",
                    "nhan-co-dau-hai-chieu.xlsx", "sai-so-dau-phay.xlsx", "strict.xlsx", "trung-ten-phan.xlsx"),
            "trust boundary", List.of("xxe.xlsx", "xxe-tham-so.xlsx", "xxe-ong-dan.xlsx", "duong-dan-thoat.xlsx",
                    "lien-ket-ngoai.xlsx"),
            "names and return workbooks", List.of(CORPUS.entries().get(CORPUS.entries().size() - 1).name(),
                    "ma-khong-la-tinh.xlsx", "ten-trang-la-co-loi.xlsx", "ma-la-cong-thuc.xlsx",
                    "xls-doi-ten.xlsx", "xlsx-doi-ten.xls"),
            "arithmetic and copies", List.of("vuot-64-bit.xlsx", "vuot-64-bit-chu.xlsx", "am-khong.xlsx",
                    "so-1e-300.xlsx", "trieu-dong.xlsx", "trieu-chu.xlsx"));

    @Test
    void theCorpusHasSixtyFilesAndMoreWithEachFailureKindTriedThreeTimesAtLeast() {
        List<String> names = CORPUS.entries().stream().map(StrangeFilesCorpus.Entry::name).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(names.get(names.size() - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(255);
        FAILURE_KINDS.forEach((kind, files) -> assertThat(files).as(kind).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(file -> assertThat(names).contains(file)));
    }
}
