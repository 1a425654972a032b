package vn.tonghop.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.fixtures.SubmissionWorkbook;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * Real files, strange or hostile at the container, XML and data levels, each checked alone by the checker a run
 * uses: every one gets its precise outcome within a few seconds, and the accepted ones give exact figures.
 */
class StrangeFilesCorpusTest {

    private static final Campaign CAMPAIGN = SampleGenerator.campaign();
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String CADRES_TOTAL = "Tổng số cán bộ chủ chốt và đảng viên";

    @TempDir
    Path dir;

    private final WorkbookChecker checker = new WorkbookChecker(new PoiWorkbookReader());

    /** A correct report of DV017: 20 + 24 cadres, 600 + 650 others. */
    private static SubmissionWorkbook valid() {
        return SubmissionWorkbook.forCampaign(CAMPAIGN)
                .unit("DV017", "Sở Y tế")
                .reportDate(LocalDate.of(2007, 6, 20))
                .form("Tự tổ chức")
                .membership(SampleGenerator.CADRES, 45)
                .membership(SampleGenerator.MASSES, 1300)
                .session("DV017-01", LocalDate.of(2007, 5, 17), "Hội trường", 20, 600)
                .session("DV017-02", LocalDate.of(2007, 6, 5), "Phòng họp", 24, 650);
    }

    private CheckResult check(Path file) {
        long start = System.nanoTime();
        CheckResult result = checker.check(file, file.getFileName().toString(), CAMPAIGN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time for %s", file.getFileName())
                .isLessThan(BOUND);
        return result;
    }

    private static List<IssueCode> errors(CheckResult result) {
        return result.issues().stream().filter(i -> i.severity() == vn.tonghop.vocabulary.Severity.ERROR)
                .map(Issue::code).distinct().toList();
    }

    private void assertAcceptedWithExactFigures(CheckResult result) {
        assertThat(errors(result)).isEmpty();
        assertThat(result.submission()).isNotNull();
        assertThat(result.submission().sessions()).extracting(SessionRow::total).containsExactly(620L, 674L);
        assertThat(result.submission().membership()).containsExactly(Map.entry(SampleGenerator.CADRES, 45L),
                Map.entry(SampleGenerator.MASSES, 1300L));
    }

    /** A copy of the report with a hidden sheet of other figures put before it. */
    private Path withSheetBefore(Path file, Path target, SheetVisibility visibility) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.cloneSheet(0, "Nhap");
            workbook.setSheetOrder("Nhap", 0);
            var copy = workbook.getSheet("Nhap");
            for (var row : copy) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && cell.getNumericCellValue() > 100 && cell.getNumericCellValue() < 2000) {
                        cell.setCellValue(1);
                    }
                }
            }
            workbook.setSheetVisibility(0, visibility);
            workbook.setActiveSheet(1);
            workbook.setSelectedTab(1);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    @Test
    void theValidReportIsAccepted() {
        assertAcceptedWithExactFigures(check(valid().writeTo(dir.resolve("DV017.xlsx"))));
    }

    @Test
    void containerLevelFilesGetTheirCode() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        Path noise = Files.write(dir.resolve("noise.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(
                StandardCharsets.ISO_8859_1));
        Path text = Files.writeString(dir.resolve("note.xlsx"), "Kính gửi Đảng ủy");
        byte[] whole = Files.readAllBytes(valid().writeTo(dir.resolve("whole.xlsx")));
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path manyParts = dir.resolve("many-parts.xlsx");
        copyWithExtraParts(dir.resolve("whole.xlsx"), manyParts, 1_001);

        assertThat(check(empty).issues()).extracting(Issue::code, Issue::found)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.FILE_UNREADABLE, "EMPTY"));
        assertThat(errors(check(noise))).containsExactly(IssueCode.FILE_UNREADABLE);
        assertThat(errors(check(text))).containsExactly(IssueCode.FILE_UNREADABLE);
        assertThat(errors(check(truncated))).containsExactly(IssueCode.FILE_UNREADABLE);
        CheckResult tooMany = check(manyParts);
        assertThat(tooMany.issues()).extracting(Issue::code, Issue::found, Issue::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(IssueCode.TOO_LARGE, "parts", "1000"));
        assertThat(tooMany.unitCode()).as("said of the unit its name names").isNull();
    }

    @Test
    void dataLevelFilesGetTheirCodeOrExactFigures() throws IOException {
        Path report = valid().writeTo(dir.resolve("base.xlsx"));
        SubmissionWorkbook layout = valid();

        // a hidden sheet of other figures before the report: the report is read
        assertAcceptedWithExactFigures(check(withSheetBefore(report, dir.resolve("hidden-first.xlsx"),
                SheetVisibility.HIDDEN)));
        assertAcceptedWithExactFigures(check(withSheetBefore(report, dir.resolve("very-hidden-first.xlsx"),
                SheetVisibility.VERY_HIDDEN)));
        // two visible report sheets
        assertThat(errors(check(withSheetBefore(report, dir.resolve("two-reports.xlsx"), SheetVisibility.VISIBLE))))
                .containsExactly(IssueCode.AMBIGUOUS_SHEET);
        // invisible characters in the unit code
        assertAcceptedWithExactFigures(check(valid().unit("\u200BDV017\u200E", "Sở Y tế")
                .writeTo(dir.resolve("zero-width.xlsx"))));
        assertAcceptedWithExactFigures(check(valid().unit("\uFEFFDV\u00AD017", "Sở Y tế")
                .writeTo(dir.resolve("bom.xlsx"))));
        // floating-point noise from a formula
        String cadres = layout.valueCell(CADRES_TOTAL);
        assertAcceptedWithExactFigures(check(valid().set(cadres, "=0.1*3*150")
                .writeTo(dir.resolve("noise-formula.xlsx"))));
        // a year 9999 report date
        assertThat(errors(check(valid().reportDate(LocalDate.of(9999, 12, 31))
                .writeTo(dir.resolve("year-9999.xlsx"))))).containsExactly(IssueCode.DATE_OUT_OF_RANGE);
        // counts: beyond the maximum, a tiny fraction
        assertThat(errors(check(valid().set(cadres, 4.611686018427388E18)
                .writeTo(dir.resolve("huge-count.xlsx"))))).contains(IssueCode.COUNT_TOO_LARGE);
        assertThat(errors(check(valid().set(cadres, 1e-300).writeTo(dir.resolve("tiny-count.xlsx")))))
                .contains(IssueCode.OVER_TOTAL);
        // long texts are kept whole
        String longName = "Đảng bộ ".repeat(4_095);
        CheckResult longText = check(valid().unit("DV017", longName).writeTo(dir.resolve("long-name.xlsx")));
        assertThat(errors(longText)).isEmpty();
        assertThat(longText.submission().unitName()).hasSize(longName.strip().length());
        CheckResult longCode = check(valid().unit("DV" + "7".repeat(300), "Sở Y tế")
                .writeTo(dir.resolve("long-code.xlsx")));
        assertThat(errors(longCode)).containsExactly(IssueCode.UNKNOWN_UNIT);
        CheckResult longNote = check(valid().note("Ghi chú ".repeat(700)).writeTo(dir.resolve("long-note.xlsx")));
        assertThat(errors(longNote)).isEmpty();
        // a formula-looking unit name is a text
        CheckResult formulaName = check(valid().unit("DV017", "@SUM(1+1)*cmd|' /C calc'!A0")
                .writeTo(dir.resolve("formula-name.xlsx")));
        assertThat(formulaName.submission().unitName()).isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");
    }

    private static void copyWithExtraParts(Path source, Path target, int extra) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    part.transferTo(out);
                }
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < extra; i++) {
                names.add("customXml/item" + i + ".xml");
            }
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write("<a/>".getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
