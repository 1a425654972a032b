package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tonghop.workbook.poi.ReadingHelper.readUnchanged;
import static vn.tonghop.workbook.poi.TestFiles.cell;
import static vn.tonghop.workbook.poi.TestFiles.valueAt;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.UnreadableReason;
import vn.tonghop.workbook.UnreadableWorkbookException;

/** What the streaming .xlsx reader takes from each part of the package, and what it refuses. */
class XlsxPartsTest {

    @TempDir
    Path dir;

    @Test
    void givesEachSheetItsVisibilityInXlsxAndXls() throws Exception {
        for (Workbook workbook : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            String name = workbook instanceof XSSFWorkbook ? "an.xlsx" : "an.xls";
            cell(workbook.createSheet("Báo cáo"), 0, 0).setCellValue("Mã đơn vị");
            cell(workbook.createSheet("Nháp"), 0, 0).setCellValue("tạm");
            cell(workbook.createSheet("Tham số"), 0, 0).setCellValue(1);
            workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
            workbook.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);

            List<Sheet> sheets = readUnchanged(TestFiles.write(workbook, dir.resolve(name))).sheets();

            assertThat(sheets).as(name).extracting(Sheet::name, Sheet::visibility).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Báo cáo", vn.tonghop.workbook.SheetVisibility.VISIBLE),
                    org.assertj.core.groups.Tuple.tuple("Nháp", vn.tonghop.workbook.SheetVisibility.HIDDEN),
                    org.assertj.core.groups.Tuple.tuple("Tham số", vn.tonghop.workbook.SheetVisibility.VERY_HIDDEN));
        }
    }

    @Test
    void tellsDatesFromNumbersByTheNumberFormatOfTheCellStyle() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Định dạng");
        double serial = 39_263; // 30/06/2007
        Map<String, Short> formats = new LinkedHashMap<>();
        formats.put("A1", workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        formats.put("A2", workbook.createDataFormat().getFormat("[$-42A]d mmmm yyyy;@"));
        formats.put("A3", (short) 14); // built-in m/d/yy, not listed in numFmts
        formats.put("A4", workbook.createDataFormat().getFormat("#,##0"));
        formats.put("A5", (short) 3); // built-in #,##0
        formats.put("A6", workbook.createDataFormat().getFormat("0.00%"));
        int row = 0;
        for (short format : formats.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(format);
            org.apache.poi.ss.usermodel.Cell cell = cell(sheet, row++, 0);
            cell.setCellValue(serial);
            cell.setCellStyle(style);
        }
        Path file = TestFiles.write(workbook, dir.resolve("dinh-dang.xlsx"));
        assertThat(part(file, "xl/styles.xml")).contains("formatCode=\"dd/mm/yyyy\"").doesNotContain("numFmtId=\"14\" formatCode");

        Sheet read = readUnchanged(file).sheets().get(0);

        CellValue date = new CellValue.DateTime(LocalDateTime.of(2007, 6, 30, 0, 0));
        CellValue number = new CellValue.Numeric(new BigDecimal("39263"));
        assertThat(valueAt(read, "A1")).isEqualTo(date);
        assertThat(valueAt(read, "A2")).isEqualTo(date);
        assertThat(valueAt(read, "A3")).isEqualTo(date);
        assertThat(valueAt(read, "A4")).isEqualTo(number);
        assertThat(valueAt(read, "A5")).isEqualTo(number);
        assertThat(valueAt(read, "A6")).isEqualTo(number);
    }

    @Test
    void readsDatesOfA1904WorkbookWrittenWithAnotherNamespacePrefix() throws Exception {
        Path file = minimalXlsx("mac.xlsx", "<workbookPr date1904=\"true\"/>",
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>37801</v></c><c r=\"B1\"><v>37801</v></c></row>", STYLES);

        Sheet read = readUnchanged(file).sheets().get(0);

        // 37801 days after 1 January 1904
        assertThat(valueAt(read, "A1")).isEqualTo(new CellValue.DateTime(LocalDateTime.of(2007, 6, 30, 0, 0)));
        assertThat(valueAt(read, "B1")).isEqualTo(new CellValue.Numeric(new BigDecimal("37801")));
    }

    @Test
    void joinsTheRunsOfRichTextLeavesOutPhoneticGuidesAndDecodesExcelEscapes() throws Exception {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFRichTextString label = new XSSFRichTextString("Mã đơn vị");
        label.applyFont(0, 3, bold);
        XSSFSheet sheet = workbook.createSheet("Báo cáo");
        cell(sheet, 0, 0).setCellValue(label);
        cell(sheet, 0, 2).setCellValue("DV01");
        cell(sheet, 1, 0).setCellValue("Dòng 1");
        Path poi = TestFiles.write(workbook, dir.resolve("poi.xlsx"));
        Path file = TestFiles.rewritePart(poi, dir.resolve("phien-am.xlsx"), "xl/sharedStrings.xml", xml -> xml
                .replace("<t>DV01</t>", "<t>DV01</t><rPh sb=\"0\" eb=\"4\"><t>ディーブイ</t></rPh>")
                .replace("<t>Dòng 1</t>", "<t>Dòng_x000A_1 _x005F_x0041_</t>"));
        assertThat(part(file, "xl/sharedStrings.xml")).contains("<r>", "<rPh");

        Sheet read = readUnchanged(file).sheets().get(0);

        assertThat(valueAt(read, "A1")).isEqualTo(new CellValue.Text("Mã đơn vị"));
        assertThat(valueAt(read, "C1")).isEqualTo(new CellValue.Text("DV01"));
        assertThat(valueAt(read, "A2")).isEqualTo(new CellValue.Text("Dòng\n1 _x0041_"));
    }

    @Test
    void readsAPackageWithoutSharedStringsOrStylesAsScriptsWriteIt() throws Exception {
        Path file = minimalXlsx("script.xlsx", "",
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Tổng cộng</t></is></c>"
                        + "<c r=\"C2\" s=\"3\"><v>45</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"E2\" t=\"str\"><f>\"a\"</f><v>a</v></c></row>", null);

        Sheet read = readUnchanged(file).sheets().get(0);

        assertThat(valueAt(read, "A2")).isEqualTo(new CellValue.Text("Tổng cộng"));
        assertThat(valueAt(read, "C2")).isEqualTo(new CellValue.Numeric(new BigDecimal("45")));
        assertThat(valueAt(read, "D2")).isEqualTo(new CellValue.Bool(true));
        assertThat(valueAt(read, "E2")).isEqualTo(new CellValue.Text("a"));
    }

    @Test
    void doesNotResolveEntitiesDeclaredInAPart() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY secret \"BÍ MẬT\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String host = "http://127.0.0.1:" + server.getAddress().getPort();
            Path secret = Files.writeString(dir.resolve("bi-mat.txt"), "BÍ MẬT");
            XSSFWorkbook workbook = new XSSFWorkbook();
            cell(workbook.createSheet("Báo cáo"), 0, 0).setCellValue("MARKER");
            Path poi = TestFiles.write(workbook, dir.resolve("poi.xlsx"));
            Path file = TestFiles.rewritePart(poi, dir.resolve("xxe.xlsx"), "xl/sharedStrings.xml", xml -> xml
                    .replaceFirst("\\?>", "?><!DOCTYPE sst SYSTEM \"" + host + "/dtd\" [<!ENTITY file SYSTEM \""
                            + secret.toUri() + "\"><!ENTITY web SYSTEM \"" + host + "/web\">]>")
                    .replace("MARKER", "&file;&web;&secret;"));
            assertThat(part(file, "xl/sharedStrings.xml")).contains("<!DOCTYPE", "&file;");

            UnreadableWorkbookException thrown = catchThrowableOfType(UnreadableWorkbookException.class,
                    () -> readUnchanged(file));

            assertThat(thrown).isNotNull();
            assertThat(thrown.reason()).isEqualTo(UnreadableReason.CORRUPT);
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void oneReaderServesSeveralThreadsAtOnce() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            XSSFWorkbook workbook = new XSSFWorkbook();
            PoiWorkbookReaderXlsxTest.fillReport(workbook);
            cell(workbook.getSheetAt(0), 20, 0).setCellValue("Tệp " + i);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            files.add(TestFiles.write(workbook, dir.resolve("dv" + i + ".xlsx")));
        }
        PoiWorkbookReader reader = new PoiWorkbookReader();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Sheet>> reads = new ArrayList<>();
            for (Path file : files) {
                reads.add(pool.submit(() -> reader.read(file).sheets().get(0)));
            }
            for (int i = 0; i < files.size(); i++) {
                Sheet sheet = reads.get(i).get();
                PoiWorkbookReaderXlsxTest.assertEachKindOfValue(sheet);
                assertThat(valueAt(sheet, "A21")).isEqualTo(new CellValue.Text("Tệp " + i));
            }
        } finally {
            pool.shutdown();
        }
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="164"/></cellStyleXfs>
            <cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs>
            </styleSheet>""";

    /** A package written part by part, as a script writes it: one sheet, optional styles, no shared strings. */
    private Path minimalXlsx(String name, String workbookProperties, String rows, String styles) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>""");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + relationships + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<x:workbook xmlns:x=\"" + main + "\" xmlns:r=\"" + relationships + "\">"
                + workbookProperties.replace("<", "<x:")
                + "<x:sheets><x:sheet name=\"Trang 1\" sheetId=\"1\" r:id=\"rId7\"/></x:sheets></x:workbook>");
        parts.put("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId7\" Type=\"" + relationships + "/worksheet\""
                        + " Target=\"/xl/worksheets/sheet1.xml\"/>"
                        + (styles == null ? "" : "<Relationship Id=\"rId8\" Type=\"" + relationships + "/styles\""
                        + " Target=\"styles.xml\"/>")
                        + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + main + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
        if (styles != null) {
            parts.put("xl/styles.xml", styles);
        }
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String part(Path xlsx, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
