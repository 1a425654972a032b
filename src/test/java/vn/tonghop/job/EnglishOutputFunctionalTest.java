package vn.tonghop.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignLoader;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.campaign.ReportTemplate;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.report.OutputFiles;
import vn.tonghop.report.draft.DraftReadBack;
import vn.tonghop.submission.TemplateLabels;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * {@code --lang=en}: every label of every output is English. What may stay Vietnamese is data: the campaign's own
 * names (title, groups, forms, units, the draft report's heading, recipients and signature), file names, and the
 * template's labels quoted from the submitted workbooks.
 */
@JobFunctionalTest
class EnglishOutputFunctionalTest {

    private static final Path JOB = Path.of("jobs/hoc-tap-2007-gd1/job.yml");
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    @Autowired
    JobRuns runs;

    @Test
    void noVietnameseLabelInAnyOutput(@TempDir Path output) throws Exception {
        runs.run("english", JOB, Path.of("input"), output, "en");
        Path run = OutputFolders.runFolder(output, "hoc-tap-2007-gd1", "english");
        List<String> data = dataTexts(new CampaignLoader().load(JOB), Path.of("input"));

        List<String> vietnamese = new ArrayList<>();
        try (Stream<Path> files = Files.walk(run)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
                    for (Sheet sheet : workbook) {
                        if (isCopyOfASubmission(file, workbook, sheet)) {
                            continue;
                        }
                        check(file.getFileName() + " sheet name", sheet.getSheetName(), data, vietnamese);
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                if (cell.getCellType() == CellType.STRING) {
                                    check(file.getFileName() + "!" + sheet.getSheetName() + "!"
                                            + cell.getAddress(), cell.getStringCellValue(), data, vietnamese);
                                }
                            }
                        }
                    }
                }
            }
        }
        DraftReadBack draft = DraftReadBack.read(run.resolve(OutputFiles.DRAFT_REPORT));
        draft.paragraphs().forEach(text -> check("bao-cao.docx", text, data, vietnamese));
        draft.tables().forEach(table -> table.forEach(row -> row.forEach(text ->
                check("bao-cao.docx table", text, data, vietnamese))));
        JsonNode summary = JobRuns.summary(run);
        summary.get("issues").forEach(issue ->
                check("summary.json message", issue.get("message").asString(), data, vietnamese));

        assertThat(vietnamese).isEmpty();
        assertThat(summary.at("/issues/0/message").asString()).contains("holds 65 but the rows above add up to 55");
    }

    /** A return workbook's sheets after the first are copies of what the unit sent: its own words. */
    private static boolean isCopyOfASubmission(Path file, XSSFWorkbook workbook, Sheet sheet) {
        return file.getParent().getFileName().toString().equals("tra-lai") && workbook.getSheetIndex(sheet) > 0;
    }

    private static void check(String where, String text, List<String> data, List<String> vietnamese) {
        String rest = text;
        for (String known : data) {
            rest = rest.replace(known, "");
        }
        if (VIETNAMESE.matcher(rest).find()) {
            vietnamese.add(where + ": " + text);
        }
    }

    /** Names that come from the campaign or the files, longest first so that no part of one is left behind. */
    private static List<String> dataTexts(Campaign campaign, Path input) throws Exception {
        List<String> texts = new ArrayList<>(List.of(campaign.title(), campaign.organisation()));
        for (ParticipantGroup group : campaign.groups()) {
            texts.addAll(List.of(group.name(), group.totalLabel(), group.attendedLabel()));
        }
        texts.addAll(campaign.forms());
        ReportTemplate report = campaign.report();
        texts.addAll(List.of(report.superior().toUpperCase(OutputTexts.VIETNAMESE),
                report.issuer().toUpperCase(OutputTexts.VIETNAMESE), report.number(), report.place(),
                report.signature().onBehalfOf(), report.signature().title(), report.signature().name()));
        texts.addAll(report.recipients());
        campaign.units().stream().map(ReportingUnit::name).forEach(texts::add);
        for (var field : TemplateLabels.class.getFields()) {
            texts.add((String) field.get(null));
        }
        try (Stream<Path> files = Files.list(input)) {
            files.map(f -> f.getFileName().toString()).forEach(texts::add);
        }
        texts.add("Báo cáo");  // the sample's sheet name, as the units named it; links and copies use it
        texts.sort(Comparator.comparingInt(String::length).reversed());
        return texts;
    }
}
