package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.consolidation.ClusterFigures;
import vn.tonghop.consolidation.Consolidation;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.FileStatus;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Rates;

/** The writers on a hand-made run: three groups, one of them with no members, a cluster of two units. */
class ReportWritersTest {

    private static final List<ParticipantGroup> GROUPS = List.of(
            new ParticipantGroup("dv", "Đảng viên", "Tổng số đảng viên", "Đảng viên dự"),
            new ParticipantGroup("dt", "Đoàn viên", "Tổng số đoàn viên", "Đoàn viên dự"),
            new ParticipantGroup("cb", "Cựu binh", "Tổng số cựu binh", "Cựu binh dự"));
    private static final ReportingUnit A = new ReportingUnit("A", "Đơn vị A", true);
    private static final ReportingUnit B = new ReportingUnit("B", "Đơn vị B", false);
    private static final ReportingUnit C = new ReportingUnit("C", "Đơn vị C", false);

    @TempDir
    Path folder;

    private static Figures figures(int reported, int expected, long sessions, long[][] attendedAndTotal) {
        List<GroupFigures> groups = new java.util.ArrayList<>();
        long attendees = 0;
        for (int i = 0; i < GROUPS.size(); i++) {
            long attended = attendedAndTotal[i][0];
            long total = attendedAndTotal[i][1];
            groups.add(new GroupFigures(GROUPS.get(i).key(), GROUPS.get(i).name(), attended, total,
                    Rates.percent(attended, total)));
            attendees += attended;
        }
        return new Figures(reported, expected, sessions, attendees, groups);
    }

    private static OutputContents run() {
        return run(List.of(
                Issue.of(IssueCode.OVER_TOTAL).file("x.xlsx").unit("C").sheet("BaoCao").cell("C9")
                        .subject("Đảng viên").found(12).expected(10).build(),
                Issue.of(IssueCode.NOT_REPORTED).unit("C").subject("Đơn vị C").build()));
    }

    /** The hand-made run with these issues (errors first), and {@code sources} as the files read. */
    static OutputContents run(List<Issue> issues, Map<String, Path> sources) {
        OutputContents run = run(issues);
        return new OutputContents(run.campaign(), run.runId(), run.startedAt(), run.files(), run.consolidation(),
                run.issues(), sources, run.otherDocuments());
    }

    static OutputContents run(List<Issue> issues) {
        Campaign campaign = new Campaign(Path.of("job.yml"), "thu", "Đợt thử", "Đảng ủy", "2008-Q1",
                LocalDate.of(2008, 3, 31), LocalDate.of(2008, 4, 5), GROUPS, List.of("Tập trung", "Ghép cụm"),
                "Ghép cụm", BigDecimal.valueOf(50), List.of(A, B, C), "0 0 2 * * *");
        Figures a = figures(1, 1, 1, new long[][] {{9, 10}, {3, 4}, {0, 0}});
        Figures b = figures(1, 1, 1, new long[][] {{5, 5}, {1, 2}, {0, 0}});
        Figures cluster = figures(2, 2, 1, new long[][] {{14, 15}, {4, 6}, {0, 0}});
        UnitLine lineA = new UnitLine(A, UnitStatus.REPORTED, "a.xlsx", "a.xlsx", Instant.parse("2008-03-30T01:00:00Z"),
                FileStatus.ACCEPTED, "Ghép cụm", "K1", LocalDate.of(2008, 3, 29), a);
        UnitLine lineB = new UnitLine(B, UnitStatus.REPORTED, "b.xls", "b.xls", Instant.parse("2008-03-30T02:00:00Z"),
                FileStatus.ACCEPTED, "Ghép cụm", "K1", LocalDate.of(2008, 3, 28), b);
        UnitLine lineC = new UnitLine(C, UnitStatus.NOT_REPORTED, null, null, null, null, null, null, null, null);
        Map<String, Figures> byForm = new LinkedHashMap<>();
        byForm.put("Tập trung", figures(0, 0, 0, new long[][] {{0, 0}, {0, 0}, {0, 0}}));
        byForm.put("Ghép cụm", cluster);
        Consolidation consolidation = new Consolidation(figures(2, 3, 1, new long[][] {{14, 15}, {4, 6}, {0, 0}}),
                byForm, a, List.of(new ClusterFigures("K1", cluster, List.of(lineA, lineB))),
                List.of(lineA, lineB, lineC));
        return new OutputContents(campaign, "20080331-020000", Instant.parse("2008-03-31T02:00:00Z"),
                new FileCounts(4, 3, 0, 2, 1, 1), consolidation, issues, Map.of(), List.of());
    }

    @Test
    void aGroupWithoutMembersHasAnEmptyRateAndEveryGroupItsColumns() throws Exception {
        Path file = folder.resolve("tong-hop.xlsx");
        new ConsolidatedWorkbookWriter(OutputTexts.vietnamese()).write(run(), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet summary = workbook.getSheet("Tổng hợp");
            Row veterans = find(summary, "Cựu binh");
            assertThat(veterans.getCell(3).getCellFormula()).isEqualTo("IF(C" + (veterans.getRowNum() + 1) + "=0,\"\",B"
                    + (veterans.getRowNum() + 1) + "/C" + (veterans.getRowNum() + 1) + ")");
            assertThat(veterans.getCell(3).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(veterans.getCell(3).getStringCellValue()).isEmpty();
            Row youth = find(summary, "Đoàn viên");
            assertThat(youth.getCell(3).getNumericCellValue()).isEqualTo(4d / 6);

            XSSFSheet units = workbook.getSheet("Đơn vị");
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách đơn vị");
            Row header = units.getRow(1);
            assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Đảng viên dự");
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Tổng số đảng viên");
            assertThat(header.getCell(20).getStringCellValue()).isEqualTo("Cựu binh dự");
            assertThat(header.getLastCellNum()).isEqualTo((short) 23);
            assertThat(units.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Ngày báo cáo (ghi trong tệp)");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Thời điểm nhận tệp");
            assertThat(units.getRow(2).getCell(7).getDateCellValue()).isNotNull();
            assertThat(units.getRow(2).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

            // the cluster's joint session counts once: its total is 1, not the members' 1 + 1
            XSSFSheet cluster = workbook.getSheet("Cụm");
            Row total = cluster.getRow(2);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("K1");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(18);
        }
    }

    @Test
    void summaryJsonHasTheDocumentedShape() throws Exception {
        Path file = folder.resolve("summary.json");
        new SummaryJsonWriter(OutputTexts.vietnamese()).write(run(), file);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.propertyNames()).containsExactly("job", "period", "asOf", "runId", "units", "sessions",
                "attendees", "groups", "files", "issues");
        assertThat(json.at("/units/missing/0").asString()).isEqualTo("C");
        assertThat(json.at("/groups/0/rate").decimalValue()).isEqualByComparingTo("93.33");
        assertThat(json.at("/groups/2/rate").isNull()).isTrue();
        assertThat(json.at("/files/ignored").asInt()).isEqualTo(1);
        assertThat(json.at("/issues/0/message").asString())
                .isEqualTo("Số Đảng viên dự học là 12, vượt tổng số 10 ghi ở ô C9.");
    }

    @Test
    void exceptionReportColoursSeverities() throws Exception {
        Path file = folder.resolve("bao-cao-loi.xlsx");
        new ExceptionReportWriter(OutputTexts.vietnamese()).write(run(), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet issues = workbook.getSheet("Danh sách lỗi");
            assertThat(issues.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách lỗi và cảnh báo");
            assertThat(issues.getRow(2).getCell(8).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(issues.getRow(3).getCell(8).getStringCellValue()).isEqualTo("Cảnh báo");
            assertThat(issues.getRow(2).getCell(8).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(issues.getRow(3).getCell(8).getCellStyle().getFillForegroundColor());
            assertThat(issues.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Đơn vị C");
            assertThat(issues.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:L4");
        }
    }

    @Test
    void consoleSummaryUsesVietnameseNumbers() {
        String text = new ConsoleSummary(OutputTexts.vietnamese()).format(RunHeadline.of(run()), Path.of("output"));
        assertThat(text).contains("Đơn vị đã báo cáo:  2/3", "Đảng viên: 14/15 (93,33%)", "Cựu binh: 0/0 (—)",
                "Lỗi: 1, cảnh báo: 1");
    }

    private static Row find(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
