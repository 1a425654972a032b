package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.tonghop.fixtures.SampleGenerator;
import vn.tonghop.report.OutputFiles;
import vn.tonghop.report.draft.DraftReadBack;
import vn.tonghop.report.layout.SheetLayout;

/** The whole job on the shipped sample: the committee's 2007 figures, the issues, and the staged counts. */
@JobFunctionalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidationJobFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");
    private static final Path INPUT = Path.of("input");

    @TempDir
    static Path output;

    @Autowired
    JobRuns runs;

    private JobExecution execution;
    private JsonNode summary;

    @BeforeAll
    void runTheJobOnTheSample() throws Exception {
        execution = runs.run("sample", JOB, INPUT, output);
        summary = JobRuns.summary(OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "sample"));
    }

    @Test
    void everyStepRanAndEachWorkbookWasCheckedOnce() {
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepExecution> steps = execution.getStepExecutions().stream()
                .collect(Collectors.toMap(StepExecution::getStepName, s -> s));
        assertThat(steps).containsOnlyKeys("discoverFiles", "checkWorkbooks", "consolidate",
                "writeOutputs");
        // 89 files: 85 counted, the superseded early version, the rejected file; the lock file and the note ignored
        StepExecution check = steps.get("checkWorkbooks");
        assertThat(check.getReadCount()).isEqualTo(87);
        assertThat(check.getWriteCount()).isEqualTo(87);
        assertThat(check.getSkipCount()).isZero();
        assertThat(steps.get("consolidate").getWriteCount()).isEqualTo(85);
    }

    @Test
    void summaryReproducesTheCommitteeReport() {
        assertThat(summary.get("job").asString()).isEqualTo("hoc-tap-2007-gd1");
        assertThat(summary.get("period").asString()).isEqualTo("2007-GD1");
        assertThat(summary.get("asOf").asString()).isEqualTo("2007-06-30");
        assertThat(summary.at("/units/expected").asInt()).isEqualTo(87);
        assertThat(summary.at("/units/reported").asInt()).isEqualTo(85);
        assertThat(texts(summary.at("/units/missing"))).containsExactlyInAnyOrderElementsOf(
                SampleGenerator.NOT_REPORTING_UNITS);
        assertThat(summary.get("sessions").asLong()).isEqualTo(81);
        assertThat(summary.get("attendees").asLong()).isEqualTo(8_602);

        JsonNode cadres = summary.at("/groups/0");
        assertThat(cadres.get("key").asString()).isEqualTo("can-bo-dang-vien");
        assertThat(cadres.get("attended").asLong()).isEqualTo(2_488);
        assertThat(cadres.get("total").asLong()).isEqualTo(2_559);
        assertThat(cadres.get("rate").decimalValue()).isEqualByComparingTo("97.23");
        JsonNode masses = summary.at("/groups/1");
        assertThat(masses.get("key").asString()).isEqualTo("quan-chung");
        assertThat(masses.get("attended").asLong()).isEqualTo(6_114);
        assertThat(masses.get("total").asLong()).isEqualTo(6_224);
        assertThat(masses.get("rate").decimalValue()).isEqualByComparingTo("98.23");
    }

    @Test
    void fileCountsSeparateReadAcceptedRejectedAndIgnored() {
        JsonNode files = summary.get("files");
        assertThat(files.get("seen").asInt()).isEqualTo(89);
        assertThat(files.get("read").asInt()).isEqualTo(87);
        assertThat(files.get("accepted").asInt()).isEqualTo(85);
        assertThat(files.get("rejected").asInt()).isEqualTo(1);
        assertThat(files.get("ignored").asInt()).isEqualTo(2);
    }

    @Test
    void theFaultyFilesShowAsIssuesWithFileUnitAndCell() {
        List<String> lines = new ArrayList<>();
        summary.get("issues").forEach(issue -> lines.add(String.join("|", issue.get("code").asString(),
                text(issue.get("file")), text(issue.get("unit")), text(issue.get("cell")))));

        assertThat(lines).contains(
                "DUPLICATE_SUPERSEDED|" + SampleGenerator.SUPERSEDED_FILE + "|DV009|",
                "NOT_REPORTED||DV053|",
                "NOT_REPORTED|" + SampleGenerator.REJECTED_FILE + "|DV079|");
        assertThat(lines).filteredOn(line -> line.startsWith("TOTAL_ROW_MISMATCH|"))
                .singleElement().satisfies(line ->
                        assertThat(line).startsWith("TOTAL_ROW_MISMATCH|" + SampleGenerator.REJECTED_FILE + "|DV079|")
                                .matches(".*\\|[A-Z]+\\d+$"));
        // the sample's accepted files are clean: nothing else is reported
        assertThat(lines).hasSize(4);
        summary.get("issues").forEach(issue -> assertThat(issue.get("message").asString()).isNotBlank()
                .doesNotContain("{"));
    }

    @Test
    void consolidatedWorkbookShowsTheFiguresWithLiveRates() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(runFolder().resolve(OutputFiles.CONSOLIDATED_WORKBOOK).toFile())) {
            assertThat(sheetNames(workbook)).as("all clusters on one sheet").containsExactly("Tổng hợp", "Đơn vị",
                    "Cụm");
            XSSFSheet summarySheet = workbook.getSheet("Tổng hợp");
            assertThat(summarySheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tính đến ngày 30/06/2007, "
                    + "85/87 đơn vị đã tổ chức 81 cuộc học tập với 8.602 lượt người dự, trong đó Cán bộ chủ chốt và "
                    + "đảng viên: 2.488 người (97,23%); Quần chúng, công đoàn viên, hội viên: 6.114 người (98,23%).");

            Row units = rowLabelled(summarySheet, "Đơn vị đã báo cáo");
            assertThat(units.getCell(1).getNumericCellValue()).isEqualTo(85);
            assertThat(units.getCell(2).getNumericCellValue()).isEqualTo(87);
            assertThat(rowLabelled(summarySheet, "Số cuộc học tập").getCell(1).getNumericCellValue()).isEqualTo(81);
            Row attendees = rowLabelled(summarySheet, "Tổng số người dự");
            assertThat(attendees.getCell(1).getNumericCellValue()).isEqualTo(8_602);
            assertThat(attendees.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Row cadres = rowLabelled(summarySheet, "Cán bộ chủ chốt và đảng viên");
            int excelRow = cadres.getRowNum() + 1;
            assertThat(cadres.getCell(1).getNumericCellValue()).isEqualTo(2_488);
            assertThat(cadres.getCell(2).getNumericCellValue()).isEqualTo(2_559);
            Cell rate = cadres.getCell(3);
            assertThat(rate.getCellFormula()).isEqualTo("IF(C" + excelRow + "=0,\"\",B" + excelRow + "/C" + excelRow
                    + ")");
            assertThat(rate.getNumericCellValue()).isEqualTo(2_488d / 2_559);
            assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            Row masses = rowLabelled(summarySheet, "Quần chúng, công đoàn viên, hội viên");
            assertThat(masses.getCell(3).getNumericCellValue()).isCloseTo(0.9823, within(0.000_05));

            // by form the figures add up to the whole: 44 + 23 + 18 units
            assertThat(rowLabelled(summarySheet, "Ghép cụm").getCell(1).getStringCellValue()).isEqualTo("18/18");
            assertThat(rowLabelled(summarySheet, "Cộng").getCell(3).getNumericCellValue()).isEqualTo(8_602);
            assertThat(rowLabelled(summarySheet, "Các đơn vị điểm").getCell(1).getStringCellValue())
                    .isEqualTo("3/3");

            // the summary prints on one A4 page, charts included, its text at 8 points or more; the units sheet
            // (20 columns) would print at about 4 points fitted to one page wide, so it spreads over pages
            assertThat(summarySheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            int bottom = summarySheet.getDrawingPatriarch().getShapes().stream()
                    .mapToInt(shape -> ((XSSFClientAnchor) shape.getAnchor()).getRow2()).max().orElseThrow();
            assertThat(summarySheet.getDrawingPatriarch().getCharts()).hasSize(2);
            assertThat(SheetLayout.printedPoints(summarySheet, 9, bottom))
                    .isGreaterThanOrEqualTo(SheetLayout.MIN_PRINTED_POINTS);
            XSSFSheet unitsPrinted = workbook.getSheet("Đơn vị");
            assertThat(unitsPrinted.getFitToPage()).isFalse();
            assertThat(SheetLayout.printedPoints(unitsPrinted, 19, unitsPrinted.getLastRowNum())).isEqualTo(11);
            assertThat(unitsPrinted.getRepeatingRows().formatAsString()).isEqualTo("2:2");

            XSSFSheet unitSheet = workbook.getSheet("Đơn vị");
            // a title row, the header, then one row per registry unit
            assertThat(unitSheet.getLastRowNum()).isEqualTo(88);
            assertThat(unitSheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(unitSheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(unitSheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:T89");
            Row dv053 = rowLabelled(unitSheet, 1, "DV053");
            assertThat(dv053.getCell(4).getStringCellValue()).isEqualTo("Chưa báo cáo");
            Row dv009 = rowLabelled(unitSheet, 1, "DV009");
            assertThat(dv009.getCell(4).getStringCellValue()).isEqualTo("Đã báo cáo");
            assertThat(dv009.getCell(8).getStringCellValue()).isEqualTo(SampleGenerator.REPLACEMENT_FILE);
        }
    }

    @Test
    void exceptionReportListsErrorsFirstAndTheUnitsThatHaveNotReported() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(runFolder().resolve(OutputFiles.EXCEPTION_REPORT).toFile())) {
            XSSFSheet issues = workbook.getSheet("Danh sách lỗi");
            // a title row, the header, then the issues
            assertThat(issues.getLastRowNum()).isEqualTo(5);
            Row first = issues.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("DV079");
            assertThat(first.getCell(5).getStringCellValue()).matches("[A-Z]+\\d+");
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("TOTAL_ROW_MISMATCH");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Sai dòng Tổng cộng");
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(first.getCell(9).getStringCellValue()).startsWith("Ô " + first.getCell(5).getStringCellValue()
                    + " (Tổng cộng, ").contains("ghi 65 nhưng tổng các dòng phía trên là 55");
            for (int row = 3; row <= 5; row++) {
                assertThat(issues.getRow(row).getCell(8).getStringCellValue()).isEqualTo("Cảnh báo");
            }
            XSSFSheet missing = workbook.getSheet("Chưa báo cáo");
            assertThat(List.of(missing.getRow(2).getCell(0).getStringCellValue(),
                    missing.getRow(3).getCell(0).getStringCellValue())).containsExactly("DV053", "DV079");
            assertThat(missing.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Bị từ chối");
        }
    }

    @Test
    void exceptionReportOpensWithCountsByFileSeverityCodeAndUnit() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(runFolder().resolve(OutputFiles.EXCEPTION_REPORT).toFile())) {
            XSSFSheet overview = workbook.getSheetAt(0);
            assertThat(overview.getSheetName()).isEqualTo("Tóm tắt");
            assertThat(number(overview, "Tệp trong thư mục")).isEqualTo(89);
            assertThat(number(overview, "Tệp đã đọc")).isEqualTo(87);
            assertThat(number(overview, "Tệp được dùng")).isEqualTo(85);
            assertThat(number(overview, "Tệp bị từ chối")).isEqualTo(1);
            assertThat(number(overview, "Tệp bỏ qua")).isEqualTo(2);
            assertThat(rowLabelled(overview, "Không phải bảng tính, không đọc").getCell(1)
                    .getStringCellValue()).as("the note is named, the lock file is not")
                    .isEqualTo(SampleGenerator.NOTE_FILE);
            assertThat(number(overview, "Lỗi")).isEqualTo(1);
            assertThat(number(overview, "Cảnh báo")).isEqualTo(3);

            // by code: the Vietnamese name first, the stable code in the last column
            Row totalRow = rowLabelled(overview, "Sai dòng Tổng cộng");
            assertThat(totalRow.getCell(1).getStringCellValue()).isEqualTo("Dòng Tổng cộng không bằng tổng các dòng.");
            assertThat(totalRow.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(totalRow.getCell(4).getStringCellValue()).isEqualTo("TOTAL_ROW_MISMATCH");
            assertThat(rowLabelled(overview, "Chưa có báo cáo hợp lệ").getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(rowLabelled(overview, "Đã có báo cáo mới hơn thay thế").getCell(2).getNumericCellValue())
                    .isEqualTo(1);

            // one line per registry unit, with its issues, last file, and status
            Row dv079 = rowLabelled(overview, "DV079");
            assertThat(dv079.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(dv079.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(dv079.getCell(4).getStringCellValue()).isEqualTo(SampleGenerator.REJECTED_FILE);
            assertThat(dv079.getCell(6).getStringCellValue()).isEqualTo("Bị từ chối");
            Row dv009 = rowLabelled(overview, "DV009");
            assertThat(dv009.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(dv009.getCell(6).getStringCellValue()).isEqualTo("Đã báo cáo");
            assertThat(rowLabelled(overview, "DV053").getCell(6).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(overview.getLastRowNum() - rowLabelled(overview, "DV001").getRowNum()).isEqualTo(86);
        }
    }

    @Test
    void onlyAUnitWithAFileToFixGetsAReturnWorkbookAndEveryLinkReachesAnExistingPlaceInIt() throws Exception {
        try (Stream<Path> returns = Files.list(runFolder().resolve(OutputFiles.RETURNS))) {
            // DV009's early version was only superseded and DV053 sent nothing: both are listed, not sent a workbook
            assertThat(returns.map(p -> p.getFileName().toString())).containsExactly("DV079.xlsx");
        }
        List<String> linkedUnits = new ArrayList<>();
        try (XSSFWorkbook report = new XSSFWorkbook(runFolder().resolve(OutputFiles.EXCEPTION_REPORT).toFile())) {
            XSSFSheet issues = report.getSheet("Danh sách lỗi");
            for (int r = 2; r <= issues.getLastRowNum(); r++) {
                Row row = issues.getRow(r);
                String unit = row.getCell(1).getStringCellValue();
                // the link sits on the cell address ("Xem" for an issue without a cell)
                var link = row.getCell(5) == null ? null : row.getCell(5).getHyperlink();
                if (!unit.equals("DV079")) {
                    assertThat(link).as("row " + r + " of " + unit + ", who gets no return workbook").isNull();
                    continue;
                }
                assertThat(link).as("row " + r).isNotNull();
                linkedUnits.add(unit);
                // POI reads a link into another workbook back as "file#location"
                String[] fileAndPlace = link.getAddress().split("#", 2);
                Path target = runFolder().resolve(fileAndPlace[0]);
                assertThat(target).as("row " + r).exists();
                assertThat(fileAndPlace[0]).isEqualTo("tra-lai/DV079.xlsx");
                CellReference place = new CellReference(fileAndPlace[1]);
                try (XSSFWorkbook returned = new XSSFWorkbook(target.toFile())) {
                    assertThat(returned.getSheet(place.getSheetName())).as(link.getAddress() + "#" + place).isNotNull();
                    String cellText = row.getCell(5).getStringCellValue();
                    if (!cellText.equals("Xem")) {
                        // an issue with a cell links to that very cell of the copied sheet, filled and commented
                        // with the rule's Vietnamese name
                        assertThat(place.formatAsString(false)).isEqualTo(cellText);
                        var cell = returned.getSheet(place.getSheetName()).getRow(place.getRow())
                                .getCell(place.getCol());
                        assertThat(cell.getCellComment().getString().getString())
                                .contains(row.getCell(7).getStringCellValue())
                                .doesNotContain(row.getCell(6).getStringCellValue());
                        assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                    }
                }
            }
        }
        assertThat(linkedUnits).containsExactly("DV079", "DV079");
    }

    @Test
    void theDraftReportGivesTheCommitteesSentenceTheTablesAndTheMissingUnits() throws Exception {
        DraftReadBack draft = DraftReadBack.read(runFolder().resolve(OutputFiles.DRAFT_REPORT));

        assertThat(draft.after("I. KẾT QUẢ TỔ CHỨC HỌC TẬP")).isEqualTo("Đến ngày 30/6/2007 có 85/87 tổ chức cơ sở "
                + "đảng trực thuộc tổ chức được 81 cuộc, có 8.602 người dự (trong đó cán bộ chủ chốt và đảng viên "
                + "2.488, đạt tỷ lệ 97,23% và 6.114 quần chúng, công đoàn viên, hội viên, đạt tỷ lệ 98,23%).");
        List<List<String>> byForm = draft.tables().get(1);
        assertThat(byForm.subList(2, byForm.size())).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("Tự tổ chức", "44", "49", "4.498"),
                List.of("Mời báo cáo viên cấp trên", "23", "27", "2.783"),
                List.of("Ghép cụm", "18", "5", "1.321"),
                List.of("Cộng", "85", "81", "8.602"));
        assertThat(byForm.get(byForm.size() - 1)).endsWith("2.488", "97,23%", "6.114", "98,23%");
        List<List<String>> pilots = draft.tables().get(2);
        assertThat(pilots.subList(2, pilots.size())).extracting(row -> row.get(1)).containsExactly(
                "Văn phòng Tỉnh ủy", "Sở Xây dựng", "Công ty Cổ phần Lương thực TP Vĩnh Long", "Cộng");
        assertThat(draft.paragraphs()).containsSubsequence("Có 2 đơn vị chưa có báo cáo được tính vào số liệu:",
                "- Bệnh viện Tâm thần (DV053): chưa gửi báo cáo.",
                "- Công ty Cổ phần Vật liệu Xây dựng Vĩnh Long (DV079): báo cáo đã gửi có lỗi, đã trả lại để đơn vị "
                        + "sửa và gửi lại.");
    }

    private static double number(Sheet sheet, String label) {
        return rowLabelled(sheet, label).getCell(1).getNumericCellValue();
    }

    private static Path runFolder() {
        return OutputFolders.runFolder(output, SampleGenerator.JOB_ID, "sample");
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        return rowLabelled(sheet, 0, label);
    }

    private static Row rowLabelled(Sheet sheet, int column, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && label.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }
}
