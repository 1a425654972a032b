package vn.tonghop.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.fixtures.ThreeGroupCampaign;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;
import vn.tonghop.submission.WorkbookChecker;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.poi.PoiWorkbookReader;

/**
 * The templates units fill in: what they hold and allow, and that a template filled in (by POI, by an openpyxl
 * script, for two and for three groups) is read back by the job's own checker with exactly the figures typed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateFolderTest {

    private static final String REPORT_SHEET = new TemplateTexts().text("sheet.report");
    private static final String INSTRUCTIONS_SHEET = new TemplateTexts().text("sheet.instructions");

    private Campaign sample;
    private final WorkbookChecker checker = new WorkbookChecker(new PoiWorkbookReader());

    private Path root;
    private Path folder;

    @BeforeAll
    void writeSampleTemplates(@TempDir Path temp) throws IOException {
        root = temp;
        sample = sampleCampaignWithFourUnits(temp);
        folder = new TemplateFolder().write(sample, root).folder();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TheFolder {

        @Test
        void holdsTheBlankTemplateAndOneWorkbookPerUnitNamedByItsCode() throws IOException {
            assertThat(folder).isEqualTo(root.resolve(sample.id()));
            try (Stream<Path> files = Files.list(folder)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                assertThat(names).hasSize(sample.units().size() + 1).contains(TemplateFolder.BLANK)
                        .containsAll(sample.units().stream().map(u -> u.code() + ".xlsx").toList())
                        .noneMatch(name -> name.startsWith("."));
            }
        }

        @Test
        void aUnitCodeThatNoFileSystemTakesIsMadeSafe() {
            assertThat(TemplateFolder.fileName(new ReportingUnit("CB/01:A", "Chi bộ", false)))
                    .isEqualTo("CB_01_A.xlsx");
        }
    }

    @Nested
    class APersonalisedTemplate {

        @Test
        void opensWithInstructionsThatGiveThePeriodDeadlineAndChecks() throws IOException {
            try (XSSFWorkbook workbook = open("DV001.xlsx")) {
                assertThat(workbook.getSheetName(0)).isEqualTo(INSTRUCTIONS_SHEET);
                assertThat(workbook.getSheetName(1)).isEqualTo(REPORT_SHEET);
                String instructions = text(workbook.getSheetAt(0));
                assertThat(instructions).contains("Kỳ báo cáo: 2007-GD1. Số liệu tính đến ngày 30/06/2007.",
                        "Hạn gửi báo cáo: ngày 30/06/2007.", "DV001 – Văn phòng Tỉnh ủy",
                        "Tự tổ chức; Mời báo cáo viên cấp trên; Ghép cụm", "Mã cụm", "Tổng cộng",
                        "số người dự của một nhóm không vượt quá tổng số của nhóm đó");
            }
        }

        @Test
        void hasItsUnitCodeNameAndPeriodFilledInAndLocked() throws IOException {
            try (XSSFWorkbook workbook = open("DV001.xlsx")) {
                XSSFSheet sheet = workbook.getSheet(REPORT_SHEET);
                Map<String, Cell> values = blockValues(sheet);
                assertThat(values.get("Mã đơn vị").getStringCellValue()).isEqualTo("DV001");
                assertThat(values.get("Tên đơn vị").getStringCellValue()).isEqualTo("Văn phòng Tỉnh ủy");
                assertThat(values.get("Kỳ báo cáo").getStringCellValue()).isEqualTo("2007-GD1");
                assertThat(values.get("Mã đơn vị").getCellStyle().getLocked()).isTrue();
                assertThat(values.get("Kỳ báo cáo").getCellStyle().getLocked()).isTrue();
                assertThat(values.get("Ngày báo cáo").getCellStyle().getLocked()).isFalse();
                assertThat(values.get("Ngày báo cáo").getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                assertThat(values.get("Tổng số cán bộ chủ chốt và đảng viên").getCellStyle().getLocked()).isFalse();
                assertThat(sheet.getProtect()).as("protected, only the input cells editable").isTrue();
                assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).as("no password").isFalse();
            }
        }

        @Test
        void hasASessionTableWithRoomForTenSessionsAndFormulaTotalsCarryingTheirValues() throws IOException {
            try (XSSFWorkbook workbook = open("DV001.xlsx")) {
                XSSFSheet sheet = workbook.getSheet(REPORT_SHEET);
                TemplateLayout layout = TemplateLayout.of(sample);
                assertThat(layout.sessionRows()).isGreaterThanOrEqualTo(10);
                List<String> header = rowTexts(sheet, layout.headerRow());
                assertThat(header).containsExactly("STT", "Mã cuộc", "Ngày học", "Địa điểm",
                        "Cán bộ chủ chốt và đảng viên dự", "Quần chúng, công đoàn viên, hội viên dự",
                        "Tổng số người dự", "Ghi chú");
                Cell firstRowTotal = sheet.getRow(layout.firstSessionRow()).getCell(6);
                assertThat(firstRowTotal.getCellFormula()).isEqualTo("IF(COUNT(E14:F14)=0,\"\",SUM(E14:F14))");
                assertThat(firstRowTotal.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
                assertThat(firstRowTotal.getStringCellValue()).isEmpty();
                Cell grandTotal = sheet.getRow(layout.grandTotalRow()).getCell(4);
                assertThat(sheet.getRow(layout.grandTotalRow()).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
                assertThat(grandTotal.getCellFormula()).isEqualTo("SUM(E14:E28)");
                assertThat(grandTotal.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
                assertThat(grandTotal.getNumericCellValue()).isZero();
                assertThat(firstRowTotal.getCellStyle().getLocked()).as("formulas cannot be overwritten").isTrue();
            }
        }

        @Test
        void validatesEveryCountAsAWholeNumberTheFormFromTheListAndTheDates() throws IOException {
            try (XSSFWorkbook workbook = open("DV001.xlsx")) {
                XSSFSheet sheet = workbook.getSheet(REPORT_SHEET);
                TemplateLayout layout = TemplateLayout.of(sample);
                List<XSSFDataValidation> validations = sheet.getDataValidations();

                XSSFDataValidation counts = covering(validations, layout.firstSessionRow(), layout.groupColumn(0));
                assertThat(counts.getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);
                assertThat(counts.getValidationConstraint().getOperator())
                        .isEqualTo(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL);
                assertThat(counts.getValidationConstraint().getFormula1()).isEqualTo("0");
                assertThat(counts.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
                assertThat(counts.getErrorBoxText()).contains("số nguyên không âm");
                assertThat(counts.getPromptBoxText()).contains("số nguyên không âm");
                assertThat(covering(validations, layout.lastSessionRow(), layout.groupColumn(1))).isSameAs(counts);

                int membershipRow = blockRow(layout, TemplateLayout.FieldKind.MEMBERSHIP);
                assertThat(covering(validations, membershipRow, TemplateLayout.VALUE_COLUMN)
                        .getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.INTEGER);

                XSSFDataValidation forms = covering(validations, blockRow(layout, TemplateLayout.FieldKind.FORM),
                        TemplateLayout.VALUE_COLUMN);
                assertThat(forms.getValidationConstraint().getExplicitListValues())
                        .containsExactly("Tự tổ chức", "Mời báo cáo viên cấp trên", "Ghép cụm");

                assertThat(covering(validations, blockRow(layout, TemplateLayout.FieldKind.REPORT_DATE),
                        TemplateLayout.VALUE_COLUMN).getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.DATE);
                assertThat(covering(validations, layout.firstSessionRow(), TemplateLayout.SESSION_DATE_COLUMN)
                        .getValidationConstraint().getValidationType())
                        .isEqualTo(DataValidationConstraint.ValidationType.DATE);
            }
        }

        @Test
        void printsOnA4OnePageWideWithEveryColumnWideEnoughForItsWrappedLabel() throws IOException {
            try (XSSFWorkbook workbook = open("DV001.xlsx")) {
                XSSFSheet sheet = workbook.getSheet(REPORT_SHEET);
                PrintSetup setup = sheet.getPrintSetup();
                assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(setup.getFitWidth()).isEqualTo((short) 1);
                assertThat(setup.getFitHeight()).isZero();
                TemplateLayout layout = TemplateLayout.of(sample);
                float headerHeight = sheet.getRow(layout.headerRow()).getHeightInPoints();
                for (int column = 0; column <= layout.lastColumn(); column++) {
                    String label = sheet.getRow(layout.headerRow()).getCell(column).getStringCellValue();
                    int widthInCharacters = sheet.getColumnWidth(column) / 256;
                    String longestWord = longestWord(label);
                    assertThat(widthInCharacters).as(label).isGreaterThan(longestWord.length());
                    int lines = (int) Math.ceil(label.length() / (double) (widthInCharacters - 1));
                    assertThat(headerHeight).as("room for the wrapped '" + label + "'")
                            .isGreaterThanOrEqualTo(lines * 15f);
                }
            }
        }
    }

    @Nested
    class Filled {

        @Test
        void byPoiIsAcceptedWithExactlyTheFiguresTyped() throws Exception {
            FilledTemplate plan = new FilledTemplate(sample)
                    .reportDate(LocalDate.of(2007, 6, 25)).form("Ghép cụm").clusterCode("CUM-01")
                    .membership(40, 120)
                    .session("C01", LocalDate.of(2007, 5, 10), "Hội trường Tỉnh ủy", 35, 110)
                    .session("C02", LocalDate.of(2007, 6, 2), "Nhà văn hóa", 3, 7)
                    .session(null, LocalDate.of(2007, 6, 20), "Phòng họp", 1, 0);
            Path filled = fillWithPoi(folder.resolve("DV001.xlsx"), plan, root.resolve("DV001.xlsx"));

            CheckResult result = checker.check(filled, "DV001.xlsx", sample);

            assertAccepted(result, plan, "DV001", "Văn phòng Tỉnh ủy");
            assertThat(result.submission().clusterCode()).isEqualTo("CUM-01");
            assertThat(result.submission().reportDate()).isEqualTo(LocalDate.of(2007, 6, 25));
        }

        @Test
        void byAnOpenpyxlScriptWithoutCachedFormulaValuesIsAcceptedWithExactlyTheFiguresTyped() throws Exception {
            Path python = Openpyxl.python();
            FilledTemplate plan = new FilledTemplate(sample)
                    .reportDate(LocalDate.of(2007, 6, 28)).form("Tự tổ chức").membership(25, 300)
                    .session("K7", LocalDate.of(2007, 6, 1), "Hội trường", 24, 290);
            Path filled = Openpyxl.fill(python, folder.resolve("DV002.xlsx"), REPORT_SHEET, plan.cells(),
                    root.resolve("DV002-openpyxl.xlsx"));

            CheckResult result = checker.check(filled, "DV002-openpyxl.xlsx", sample);

            assertAccepted(result, plan, "DV002", "Ban Tổ chức Tỉnh ủy");
        }

        @Test
        void blankByTheUnitIsRecognisedAsTheTemplateAndAsksForTheUnitCode() throws Exception {
            FilledTemplate plan = new FilledTemplate(sample).reportDate(LocalDate.of(2007, 6, 25))
                    .form("Tự tổ chức").membership(10, 10).session("A", LocalDate.of(2007, 6, 1), "Xã", 5, 5);
            Path filled = fillWithPoi(folder.resolve(TemplateFolder.BLANK), plan, root.resolve("blank.xlsx"));

            CheckResult result = checker.check(filled, "blank.xlsx", sample);

            assertThat(result.accepted()).isFalse();
            assertThat(result.issues()).extracting(Issue::code, Issue::subject)
                    .contains(org.assertj.core.groups.Tuple.tuple(IssueCode.MISSING_VALUE, "Mã đơn vị"));
            assertThat(result.issues()).extracting(Issue::code).doesNotContain(IssueCode.NOT_A_SUBMISSION);
        }

        @Test
        void blankWithTheUnitFilledInIsAccepted() throws Exception {
            FilledTemplate plan = new FilledTemplate(sample).unit("DV053", "Bệnh viện Tâm thần")
                    .reportDate(LocalDate.of(2007, 6, 30)).form("Mời báo cáo viên cấp trên").membership(60, 40)
                    .session("B1", LocalDate.of(2007, 6, 12), "Sở Y tế", 58, 39);
            Path filled = fillWithPoi(folder.resolve(TemplateFolder.BLANK), plan, root.resolve("DV053.xlsx"));

            CheckResult result = checker.check(filled, "DV053.xlsx", sample);

            assertAccepted(result, plan, "DV053", "Bệnh viện Tâm thần");
        }

        @Test
        void forAThreeGroupCampaignByPoiAndByOpenpyxlIsAcceptedWithEveryGroupsFigures() throws Exception {
            Campaign threeGroups = threeGroupCampaign();
            Path templates = new TemplateFolder().write(threeGroups, root.resolve("three")).folder();
            try (XSSFWorkbook workbook = new XSSFWorkbook(templates.resolve("DN02.xlsx").toFile())) {
                assertThat(rowTexts(workbook.getSheet(REPORT_SHEET), TemplateLayout.of(threeGroups).headerRow()))
                        .contains("Đảng viên dự", "Đoàn viên dự", "Hội viên dự");
            }
            FilledTemplate plan = new FilledTemplate(threeGroups).reportDate(LocalDate.of(2008, 3, 30))
                    .form("Trực tuyến").membership(50, 40, 30)
                    .session("T1", LocalDate.of(2008, 3, 3), "Trụ sở", 45, 38, 20)
                    .session("T2", LocalDate.of(2008, 3, 17), "Trực tuyến", 2, 1, 9);

            CheckResult byPoi = checker.check(fillWithPoi(templates.resolve("DN02.xlsx"), plan,
                    root.resolve("DN02-poi.xlsx")), "DN02-poi.xlsx", threeGroups);
            assertAccepted(byPoi, plan, "DN02", "Công ty Cấp nước");

            Path python = Openpyxl.python();
            CheckResult byScript = checker.check(Openpyxl.fill(python, templates.resolve("DN02.xlsx"), REPORT_SHEET,
                    plan.cells(), root.resolve("DN02-py.xlsx")), "DN02-py.xlsx", threeGroups);
            assertAccepted(byScript, plan, "DN02", "Công ty Cấp nước");
        }
    }

    private static void assertAccepted(CheckResult result, FilledTemplate plan, String code, String name) {
        assertThat(result.issues()).as("issues of a correctly filled template").isEmpty();
        assertThat(result.accepted()).isTrue();
        Submission submission = result.submission();
        assertThat(submission.unitCode()).isEqualTo(code);
        assertThat(submission.unitName()).isEqualTo(name);
        assertThat(submission.period()).isEqualTo(plan.campaign().period());
        List<String> keys = plan.campaign().groups().stream().map(g -> g.key()).toList();
        for (int g = 0; g < keys.size(); g++) {
            assertThat(submission.membership().get(keys.get(g))).as(keys.get(g)).isEqualTo(plan.membership(g));
            assertThat(submission.attended(keys.get(g))).as(keys.get(g)).isEqualTo(plan.attended(g));
        }
        assertThat(submission.sessions()).hasSize(plan.sessions().size());
        for (int i = 0; i < plan.sessions().size(); i++) {
            FilledTemplate.Session typed = plan.sessions().get(i);
            SessionRow read = submission.sessions().get(i);
            assertThat(read.code()).isEqualTo(typed.code());
            assertThat(read.date()).isEqualTo(typed.date());
            assertThat(read.place()).isEqualTo(typed.place());
            assertThat(read.total()).isEqualTo(java.util.Arrays.stream(typed.attended()).sum());
        }
    }

    private static Path fillWithPoi(Path template, FilledTemplate plan, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet(REPORT_SHEET);
            for (Map.Entry<String, Object> typed : plan.cells().entrySet()) {
                CellReference ref = new CellReference(typed.getKey());
                Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
                Object value = typed.getValue();
                if (value == null) {
                    cell.setBlank();
                } else if (value instanceof Long number) {
                    cell.setCellValue(number);
                } else if (value instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
            // what Excel does on saving: the formulas' values follow the typed figures
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    /** The shipped campaign's definition with a registry of four of its units: 88 workbooks would only be slower. */
    private static Campaign sampleCampaignWithFourUnits(Path temp) throws IOException {
        Path job = Files.createDirectories(temp.resolve("jobs/sample")).resolve("job.yml");
        Files.copy(Path.of("jobs/hoc-tap-2007-gd1/job.yml"), job);
        List<String> units = Files.readAllLines(Path.of("jobs/hoc-tap-2007-gd1/units.csv"), StandardCharsets.UTF_8);
        List<String> four = new java.util.ArrayList<>(units.subList(0, 4));
        units.stream().filter(line -> line.startsWith("DV053,")).forEach(four::add);
        Files.write(job.resolveSibling("units.csv"), four, StandardCharsets.UTF_8);
        return new CampaignLoader().load(job);
    }

    private Campaign threeGroupCampaign() throws IOException {
        return ThreeGroupCampaign.load(root);
    }

    private XSSFWorkbook open(String name) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    private static int blockRow(TemplateLayout layout, TemplateLayout.FieldKind kind) {
        return layout.block().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().row();
    }

    private static XSSFDataValidation covering(List<XSSFDataValidation> validations, int row, int column) {
        return validations.stream().filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                .anyMatch(range -> range.isInRange(row, column))).findFirst()
                .orElseThrow(() -> new AssertionError("no validation on " + new CellReference(row, column)
                        .formatAsString()));
    }

    private static Map<String, Cell> blockValues(XSSFSheet sheet) {
        return java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(TemplateLayout.LABEL_COLUMN) != null
                        && row.getCell(TemplateLayout.VALUE_COLUMN) != null
                        && row.getCell(TemplateLayout.LABEL_COLUMN).getCellType() == CellType.STRING)
                .collect(Collectors.toMap(row -> row.getCell(TemplateLayout.LABEL_COLUMN).getStringCellValue(),
                        row -> row.getCell(TemplateLayout.VALUE_COLUMN), (a, b) -> a));
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        return java.util.stream.StreamSupport.stream(sheet.getRow(row).spliterator(), false)
                .map(Cell::getStringCellValue).toList();
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('\n')));
        return all.toString();
    }

    private static String longestWord(String label) {
        return java.util.Arrays.stream(label.split("\\s+")).max(java.util.Comparator.comparingInt(String::length))
                .orElse("");
    }
}
