package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tonghop.workbook.poi.HostileXlsx.times;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Workbook;
import vn.tonghop.workbook.WorkbookTooLargeException;

/**
 * Files built to cost time or memory, each refused after bounded work with the limit it crossed. The big ones are
 * streamed into the zip (a million rows are a few MB on disk) and read with the default limits, as a run would.
 */
class ReadLimitsTest {

    /** Far more than the reading of a refused file needs, far less than the minutes these files once took. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private WorkbookTooLargeException refused(ReadLimits limits, Path file) {
        long start = System.nanoTime();
        WorkbookTooLargeException refused = catchThrowableOfType(WorkbookTooLargeException.class,
                () -> new PoiWorkbookReader(limits).read(file));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        assertThat(refused).as("refused as too large").isNotNull();
        return refused;
    }

    private static ReadLimits defaults() {
        return ReadLimits.DEFAULTS;
    }

    @Test
    void aMillionRowsStopAtTheRowLimit() throws Exception {
        Path file = new HostileXlsx().rows(times(1_000_000, i -> "<row r=\"" + (i + 1)
                + "\"><c r=\"A" + (i + 1) + "\"><v>" + i + "</v></c></row>")).writeTo(dir.resolve("rows.xlsx"));
        assertThat(Files.size(file)).isLessThan(ReadLimits.DEFAULTS.maxFileBytes());

        WorkbookTooLargeException refused = refused(defaults(), file);

        assertThat(refused.limitName()).isEqualTo("rows");
        assertThat(refused.limit()).isEqualTo(50_000);
    }

    @Test
    void aRowNumberedAMillionIsBeyondTheRowsEvenAlone() throws Exception {
        Path file = new HostileXlsx().rows("<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>")
                .writeTo(dir.resolve("far.xlsx"));

        assertThat(refused(defaults(), file).limitName()).isEqualTo("rows");
    }

    @Test
    void aRowOf16384ColumnsStopsAtTheColumnLimit() throws Exception {
        Path file = new HostileXlsx().rows(out -> {
            out.write("<row r=\"1\">");
            times(16_384, i -> "<c><v>" + i + "</v></c>").write(out);
            out.write("</row>");
        }).writeTo(dir.resolve("columns.xlsx"));

        WorkbookTooLargeException refused = refused(defaults(), file);

        assertThat(refused.limitName()).isEqualTo("columns");
        assertThat(refused.limit()).isEqualTo(1_000);
    }

    @Test
    void aMillionSharedStringsStopAtTheirLimit() throws Exception {
        Path file = new HostileXlsx().sharedStrings(times(1_000_000, i -> "<si><t>x" + i + "</t></si>"))
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").writeTo(dir.resolve("strings.xlsx"));

        assertThat(refused(defaults(), file).limitName()).isEqualTo("shared-strings");
    }

    @Test
    void aTextLongerThanACellHoldsIsRefused() throws Exception {
        Path shared = new HostileXlsx().sharedStrings(out -> out.write("<si><t>" + "a".repeat(40_000) + "</t></si>"))
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").writeTo(dir.resolve("shared.xlsx"));
        Path inline = new HostileXlsx().rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "b".repeat(40_000)
                + "</t></is></c></row>").writeTo(dir.resolve("inline.xlsx"));

        assertThat(refused(defaults(), shared).limitName()).isEqualTo("text-length");
        assertThat(refused(defaults(), inline).limitName()).isEqualTo("text-length");
    }

    @Test
    void aTextOfExactlyACellIsRead() throws Exception {
        String longest = "c".repeat(32_767);
        Path file = new HostileXlsx().rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + longest
                + "</t></is></c></row>").writeTo(dir.resolve("longest.xlsx"));

        Workbook workbook = new PoiWorkbookReader().read(file);

        assertThat(workbook.sheets().get(0).rows().get(0).cells().get(0).value())
                .isEqualTo(new CellValue.Text(longest));
    }

    @Test
    void tooManyPartsTooManyBytesAndTooLargeFilesAreRefusedBeforeReading() throws Exception {
        HostileXlsx padded = new HostileXlsx().rows("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
        for (int i = 0; i < 20; i++) {
            padded.extraPart("customXml/item" + i + ".xml", "<a>" + "z".repeat(10_000) + "</a>");
        }
        Path file = padded.writeTo(dir.resolve("padded.xlsx"));
        Path bomb = new HostileXlsx().rows(times(200_000, i -> "<row r=\"1\"/>")).writeTo(dir.resolve("bomb.xlsx"));

        assertThat(refused(new ReadLimits(20_000_000, 200_000_000, 10, 50_000, 1_000, 200_000, 32_767), file)
                .limitName()).isEqualTo("parts");
        assertThat(refused(new ReadLimits(1_000, 200_000_000, 1_000, 50_000, 1_000, 200_000, 32_767), file)
                .limitName()).isEqualTo("file-bytes");
        assertThat(refused(new ReadLimits(20_000_000, 1_000_000, 1_000, 50_000, 1_000, 200_000, 32_767), bomb)
                .limitName()).isEqualTo("unpacked-bytes");
    }

    /** Numbers no spreadsheet can hold read as Excel's #NUM!, at once: written out they would be gigabytes. */
    @Test
    void numbersWithHugeExponentsReadAsNumErrorsAtOnce() throws Exception {
        Path file = new HostileXlsx().rows("<row r=\"1\"><c r=\"A1\"><v>1E999999999</v></c><c r=\"B1\"><v>"
                + "-9.5e-2000000000</v></c><c r=\"C1\"><v>1e-300</v></c><c r=\"D1\"><v>1E308</v></c></row>")
                .writeTo(dir.resolve("exponents.xlsx"));

        long start = System.nanoTime();
        Workbook workbook = new PoiWorkbookReader().read(file);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);

        assertThat(workbook.sheets().get(0).rows().get(0).cells()).extracting(c -> c.value()).containsExactly(
                new CellValue.Error("#NUM!"), new CellValue.Error("#NUM!"),
                new CellValue.Numeric(new java.math.BigDecimal("1E-300")),
                new CellValue.Numeric(new java.math.BigDecimal("1E308").setScale(0)));
    }

    /** Excel's "Strict Open XML Spreadsheet" names relationships and elements under other namespaces. */
    @Test
    void aStrictOpenXmlWorkbookReadsAsAnyOther() throws Exception {
        Path transitional = new HostileXlsx().sharedStrings(out -> out.write("<si><t>Mã đơn vị</t></si>"))
                .rows("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\"><v>42</v></c></row>")
                .writeTo(dir.resolve("transitional.xlsx"));
        Path strict = transitional;
        for (String part : java.util.List.of("_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml",
                "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")) {
            Path next = dir.resolve("strict-" + part.replace('/', '-') + ".xlsx");
            strict = TestFiles.rewritePart(strict, next, part, xml -> xml
                    .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                            "http://purl.oclc.org/ooxml/officeDocument/relationships")
                    .replace(HostileXlsx.MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main"));
        }

        Workbook workbook = new PoiWorkbookReader().read(strict);

        assertThat(workbook.sheets().get(0).rows().get(0).cells()).extracting(c -> c.value()).containsExactly(
                new CellValue.Text("Mã đơn vị"), new CellValue.Numeric(java.math.BigDecimal.valueOf(42)));
    }
}
