package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * What the committee reads and signs, read back with POI from the writers' output on the hand-made run of
 * {@link ReportWritersTest}: charts over the right cells, low rates coloured, and pages that print readably.
 */
class PrintedOutputsTest {

    private static final String SUMMARY = "Tổng hợp";

    @TempDir
    Path folder;

    private XSSFWorkbook consolidated() throws Exception {
        Path file = folder.resolve("tong-hop.xlsx");
        new ConsolidatedWorkbookWriter(OutputTexts.vietnamese()).write(ReportWritersTest.run(List.of()), file);
        return new XSSFWorkbook(file.toFile());
    }

    @Test
    void theSummaryChartsEachGroupsRateByFormOverTheTablesCells() throws Exception {
        try (XSSFWorkbook workbook = consolidated()) {
            XSSFSheet summary = workbook.getSheet(SUMMARY);
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);

            XSSFChart byForm = charts.get(0);
            assertThat(byForm.getTitleText().getString()).isEqualTo("Tỷ lệ tham gia theo hình thức tổ chức");
            int forms = row(summary, "Tập trung") + 1;
            assertThat(row(summary, "Ghép cụm") + 1).isEqualTo(forms + 1);
            XDDFChartData data = byForm.getChartSeries().get(0);
            assertThat(((XDDFBarChartData) data).getBarDirection()).isEqualTo(BarDirection.COL);
            assertThat(data.getSeriesCount()).as("one series per group").isEqualTo(3);
            // each group's rate column (G, J, M) over the forms' rows, the forms' names as categories
            String[] rateColumns = {"G", "J", "M"};
            for (int g = 0; g < 3; g++) {
                XDDFChartData.Series series = data.getSeries(g);
                assertThat(series.getCategoryData().getDataRangeReference())
                        .isEqualTo("'Tổng hợp'!$A$" + forms + ":$A$" + (forms + 1));
                assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Tổng hợp'!$" + rateColumns[g]
                        + "$" + forms + ":$" + rateColumns[g] + "$" + (forms + 1));
            }
            // each series is named by its group's name cell over the table
            var title = ((XDDFBarChartData.Series) data.getSeries(0)).getCTBarSer().getTx().getStrRef();
            assertThat(title.getF()).isEqualTo("'Tổng hợp'!$E$" + (forms - 2));
            assertThat(title.getStrCache().getPtArray(0).getV()).isEqualTo("Đảng viên");
            assertThat(summary.getRow(forms - 3).getCell(4).getStringCellValue()).isEqualTo("Đảng viên");
            // the referenced cells are the live rate formulas: Đảng viên of "Ghép cụm" is 14/15
            var rate = summary.getRow(forms).getCell(6);
            assertThat(rate.getCellFormula()).isEqualTo("IF(F" + (forms + 1) + "=0,\"\",E" + (forms + 1) + "/F"
                    + (forms + 1) + ")");
            assertThat(rate.getNumericCellValue()).isEqualTo(14d / 15);
            // the chart carries the cells' values for viewers that do not calculate: "Tập trung" has no members
            var cache = ((XDDFBarChartData.Series) data.getSeries(0)).getCTBarSer().getVal().getNumRef().getNumCache();
            assertThat(cache.getPtCount().getVal()).isEqualTo(2);
            assertThat(cache.getPtList()).singleElement().satisfies(point -> {
                assertThat(point.getIdx()).isEqualTo(1);
                assertThat(Double.parseDouble(point.getV())).isEqualTo(14d / 15);
            });

            // the lowest units, ranked by their lowest group rate: B (Đoàn viên 1/2) before A (Đoàn viên 3/4)
            XSSFChart lowest = charts.get(1);
            XDDFChartData lowestData = lowest.getChartSeries().get(0);
            assertThat(((XDDFBarChartData) lowestData).getBarDirection()).isEqualTo(BarDirection.BAR);
            int first = row(summary, "Đơn vị B") + 1;
            assertThat(row(summary, "Đơn vị A") + 1).isEqualTo(first + 1);
            assertThat(summary.getRow(first - 1).getCell(1).getStringCellValue()).isEqualTo("B");
            assertThat(lowestData.getSeries(1).getCategoryData().getDataRangeReference())
                    .as("the units' codes").isEqualTo("'Tổng hợp'!$B$" + first + ":$B$" + (first + 1));
            assertThat(lowestData.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("'Tổng hợp'!$J$" + first + ":$J$" + (first + 1));
            assertThat(summary.getRow(first - 1).getCell(9).getNumericCellValue()).isEqualTo(0.5);
        }
    }

    @Test
    void rateCellsBelowTheCampaignsWarningAreColouredByALiveRule() throws Exception {
        try (XSSFWorkbook workbook = consolidated()) {
            // the campaign warns below 50%: the rule compares the rate cell with 0.5, whatever its text says
            for (String name : List.of(SUMMARY, "Đơn vị", "Cụm")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).as(name).isEqualTo(1);
                ConditionalFormatting formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
                CellRangeAddress first = formatting.getFormattingRanges()[0];
                String topLeft = new CellReference(first.getFirstRow(), first.getFirstColumn()).formatAsString(false);
                assertThat(formatting.getRule(0).getFormula1()).as(name)
                        .isEqualTo("AND(ISNUMBER(" + topLeft + ")," + topLeft + "<0.5)");
                for (CellRangeAddress range : formatting.getFormattingRanges()) {
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        var cell = sheet.getRow(r).getCell(range.getFirstColumn());
                        if (cell == null) {
                            continue; // a unit that has not reported has no figures
                        }
                        assertThat(cell.getCellType()).as(name + " " + cell.getAddress()).isEqualTo(CellType.FORMULA);
                        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                    }
                }
            }
            // on the units sheet: the three groups' rate columns (Q, T, W) from the first unit to the last
            List<String> units = new ArrayList<>();
            for (CellRangeAddress range : workbook.getSheet("Đơn vị").getSheetConditionalFormatting()
                    .getConditionalFormattingAt(0).getFormattingRanges()) {
                units.add(range.formatAsString());
            }
            assertThat(units).containsExactly("Q3:Q5", "T3:T5", "W3:W5");
        }
    }

    @Test
    void theSummaryPrintsOnOnePageAndTheListsReadablyWithTheirHeadersOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = consolidated()) {
            XSSFSheet summary = workbook.getSheet(SUMMARY);
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getPaperSize()).isEqualTo((short) 9);

            // 23 columns of the units sheet fitted to one page would print at about 4 points: they spread instead,
            // at full size, the header row and the units' number, code and name repeated on every page
            XSSFSheet units = workbook.getSheet("Đơn vị");
            double fitted = 11 * Math.floor(100 * Math.min(1, (841.9 - 72) / SheetLayout.contentWidth(units, 22)))
                    / 100;
            assertThat(fitted).isLessThan(SheetLayout.MIN_PRINTED_POINTS);
            assertThat(units.getFitToPage()).isFalse();
            assertThat(units.getPrintSetup().getScale()).isEqualTo((short) 100);
            assertThat(units.getPrintSetup().getLandscape()).isTrue();
            assertThat(units.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(units.getRepeatingColumns().formatAsString()).isEqualTo("A:C");
            assertThat(SheetLayout.printedPoints(units, 22, units.getLastRowNum())).isEqualTo(11);

            XSSFSheet clusters = workbook.getSheet("Cụm");
            assertThat(clusters.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(SheetLayout.printedPoints(clusters, 13, clusters.getLastRowNum()))
                    .isGreaterThanOrEqualTo(SheetLayout.MIN_PRINTED_POINTS);
            for (Sheet sheet : workbook) {
                assertPrintedWithHeaderAndPageNumbers(sheet);
            }
        }
    }

    @Test
    void allClustersShareOneSheetEachTotalFollowedByItsMembersGrouped() throws Exception {
        try (XSSFWorkbook workbook = consolidated()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet clusters = workbook.getSheet("Cụm");
            assertThat(clusters.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Các cụm học ghép");
            assertThat(clusters.getRowSumsBelow()).as("a cluster's fold button is on its total row").isFalse();
            Row total = clusters.getRow(2);
            assertThat(total.getCell(2).getStringCellValue()).startsWith("Cụm K1");
            assertThat(total.getOutlineLevel()).isZero();
            for (int r = 3; r <= 4; r++) {
                Row member = clusters.getRow(r);
                assertThat(member.getOutlineLevel()).isEqualTo(1);
                assertThat(member.getCell(0).getStringCellValue()).as("the cluster on every row, to filter by")
                        .isEqualTo("K1");
            }
            assertThat(List.of(clusters.getRow(3).getCell(1).getStringCellValue(),
                    clusters.getRow(4).getCell(1).getStringCellValue())).containsExactly("A", "B");
            assertThat(clusters.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:N5");
        }
    }

    @Test
    void theVietnameseExceptionReportNamesEveryCodeInVietnameseAndNoSentenceShowsACode() throws Exception {
        List<Issue> issues = new ArrayList<>();
        for (IssueCode code : IssueCode.values()) {
            issues.add(Issue.of(code).file("b.xls").unit("B").sheet("Báo cáo").cell("C5").subject("Đảng viên")
                    .found(code == IssueCode.FILE_UNREADABLE ? "OPENDOCUMENT" : "7").expected("5").build());
        }
        Path file = folder.resolve("bao-cao-loi.xlsx");
        new ExceptionReportWriter(OutputTexts.vietnamese()).write(ReportWritersTest.run(issues), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet list = workbook.getSheet("Danh sách lỗi");
            assertThat(list.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Mã lỗi");
            assertThat(list.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Loại lỗi");
            List<String> codes = new ArrayList<>();
            for (int r = 2; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                String code = row.getCell(6).getStringCellValue();
                codes.add(code);
                assertThat(row.getCell(7).getStringCellValue()).as(code)
                        .isEqualTo(OutputTexts.vietnamese().text("codeName." + code)).isNotEqualTo(code);
                for (IssueCode any : IssueCode.values()) {
                    assertThat(row.getCell(9).getStringCellValue()).as("sentence of " + code)
                            .doesNotContain(any.name());
                    assertThat(row.getCell(10).getStringCellValue()).as("value found of " + code)
                            .doesNotContain(any.name());
                }
            }
            assertThat(codes).containsExactlyInAnyOrder(java.util.Arrays.stream(IssueCode.values())
                    .map(IssueCode::name).toArray(String[]::new));
            // the overview's table by code: the name first, the explanation, and the code last
            XSSFSheet overview = workbook.getSheet("Tóm tắt");
            Row total = overview.getRow(row(overview, "Sai dòng Tổng cộng"));
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Dòng Tổng cộng không bằng tổng các dòng.");
            assertThat(total.getCell(4).getStringCellValue()).isEqualTo("TOTAL_ROW_MISMATCH");
            for (Row row : overview) {
                for (int c = 0; c < 2; c++) {
                    if (row.getCell(c) != null && row.getCell(c).getCellType() == CellType.STRING) {
                        for (IssueCode any : IssueCode.values()) {
                            assertThat(row.getCell(c).getStringCellValue()).doesNotContain(any.name());
                        }
                    }
                }
            }

            // twelve columns, one page wide at 8 points or more; the header row on every page
            assertThat(list.getFitToPage()).isTrue();
            assertThat(list.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(SheetLayout.printedPoints(list, 11, list.getLastRowNum()))
                    .isGreaterThanOrEqualTo(SheetLayout.MIN_PRINTED_POINTS);
            assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(list.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách lỗi và cảnh báo");
            assertThat(workbook.getSheet("Chưa báo cáo").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Đơn vị chưa có báo cáo hợp lệ");
            for (Sheet sheet : workbook) {
                assertPrintedWithHeaderAndPageNumbers(sheet);
            }
        }
    }

    @Test
    void onlyAUnitThatSentAFileWithSomethingToFixGetsAReturnWorkbookAndNoLinkLeadsNowhere() throws Exception {
        Path received = Files.write(folder.resolve("b.xls"), new byte[] {1, 2, 3});
        List<Issue> issues = List.of(
                Issue.of(IssueCode.OVER_TOTAL).file("b.xls").unit("B").sheet("Báo cáo").cell("C9")
                        .subject("Đảng viên").found(12).expected(10).build(),
                // A's early version was replaced by a newer one: nothing for A to do
                Issue.of(IssueCode.DUPLICATE_SUPERSEDED).file("a-cu.xlsx").unit("A").sheet("Báo cáo")
                        .found("a.xlsx").build(),
                // C sent nothing: it is listed as not reported, there is no file to send back
                Issue.of(IssueCode.NOT_REPORTED).unit("C").subject("Đơn vị C").build());
        Path run = Files.createDirectories(folder.resolve("run"));
        new OutputFiles(OutputTexts.vietnamese()).writeAll(ReportWritersTest.run(issues,
                java.util.Map.of("b.xls", received)), run);

        try (var returns = Files.list(run.resolve(OutputFiles.RETURNS))) {
            assertThat(returns.map(p -> p.getFileName().toString())).containsExactly("B.xlsx");
        }
        try (XSSFWorkbook report = new XSSFWorkbook(run.resolve(OutputFiles.EXCEPTION_REPORT).toFile())) {
            XSSFSheet list = report.getSheet("Danh sách lỗi");
            List<String> linked = new ArrayList<>();
            for (int r = 2; r <= list.getLastRowNum(); r++) {
                Row row = list.getRow(r);
                var link = row.getCell(5) == null ? null : row.getCell(5).getHyperlink();
                if (link != null) {
                    linked.add(row.getCell(1).getStringCellValue());
                    assertThat(run.resolve(link.getAddress().split("#", 2)[0])).exists();
                }
            }
            assertThat(linked).containsExactly("B");
        }
        try (XSSFWorkbook returned = new XSSFWorkbook(run.resolve("tra-lai/B.xlsx").toFile())) {
            for (Sheet sheet : returned) {
                assertPrintedWithHeaderAndPageNumbers(sheet);
                assertThat(SheetLayout.printedPoints(sheet, 9, sheet.getLastRowNum()))
                        .isGreaterThanOrEqualTo(SheetLayout.MIN_PRINTED_POINTS);
            }
        }
    }

    /** A4, a running header with the campaign and cut-off date, and "Trang P/N" in the footer. */
    static void assertPrintedWithHeaderAndPageNumbers(Sheet sheet) {
        assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo((short) 9);
        assertThat(sheet.getHeader().getLeft()).as(sheet.getSheetName()).isEqualTo("Đợt thử");
        assertThat(sheet.getHeader().getRight()).as(sheet.getSheetName()).isEqualTo("Số liệu đến ngày 31/03/2008");
        assertThat(sheet.getFooter().getRight()).as(sheet.getSheetName()).isEqualTo("Trang &P/&N");
        assertThat(sheet.getFooter().getLeft()).as(sheet.getSheetName()).isEqualTo("&A");
    }

    private static int row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
