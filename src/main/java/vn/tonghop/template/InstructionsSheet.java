package vn.tonghop.template;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.submission.TemplateLabels;

/**
 * The first sheet of a template: what to fill in, the deadline, where to send it and what will be checked, in
 * Vietnamese, one paragraph per row. No cell here is a template label, so the job never takes it for the report.
 */
final class InstructionsSheet {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Characters of a line in portrait A4 at 12 pt, so that the sheet prints at full size. */
    private static final int WIDTH = 68;

    private final TemplateTexts texts;
    private final TemplateStyles styles;

    InstructionsSheet(TemplateTexts texts, TemplateStyles styles) {
        this.texts = texts;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, TemplateLayout layout, Optional<ReportingUnit> unit, String exampleFileName) {
        XSSFSheet sheet = workbook.createSheet(texts.text("sheet.instructions"));
        sheet.setColumnWidth(0, (WIDTH + 1) * 256);
        List<String> paragraphs = paragraphs(layout, unit, exampleFileName);
        Row title = sheet.createRow(0);
        Cell titleCell = title.createCell(0);
        titleCell.setCellValue(texts.text("instructions.title"));
        titleCell.setCellStyle(styles.title);
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i);
            if (text.isEmpty()) {
                continue;
            }
            Row row = sheet.createRow(i + 2);
            Cell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(styles.text);
            row.setHeightInPoints(SheetLayout.linesNeeded(text, WIDTH) * 16f + 2);
        }
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setRight("&P/&N");
    }

    private List<String> paragraphs(TemplateLayout layout, Optional<ReportingUnit> unit, String exampleFileName) {
        Campaign campaign = layout.campaign();
        List<String> lines = new ArrayList<>();
        lines.add(campaign.organisation() + " – " + campaign.title());
        lines.add(texts.text("instructions.period", campaign.period(), campaign.asOf().format(DATE)));
        lines.add(texts.text("instructions.deadline", campaign.deadline().format(DATE)));
        lines.add(texts.text("instructions.sendTo", campaign.organisation(), exampleFileName));
        lines.add(unit.map(u -> texts.text("instructions.unit", u.code(), u.name()))
                .orElseGet(() -> texts.text("instructions.blank")));
        lines.add("");
        lines.add(texts.text("instructions.stepsTitle", texts.text("sheet.report")));
        lines.add(texts.text("instructions.step1"));
        lines.add(texts.text("instructions.step2"));
        lines.add(texts.text("instructions.step3", String.join("; ", campaign.forms())));
        if (campaign.clusterForm() != null) {
            lines.add(texts.text("instructions.step3cluster", campaign.clusterForm()));
        }
        lines.add(texts.text("instructions.step4"));
        lines.add(texts.text("instructions.step5", TemplateLabels.ROW_TOTAL, TemplateLabels.GRAND_TOTAL));
        lines.add(texts.text("instructions.step6", layout.sessionRows(), TemplateLabels.GRAND_TOTAL,
                TemplateLabels.ROW_TOTAL));
        lines.add("");
        lines.add(texts.text("instructions.checksTitle"));
        lines.add(texts.text("instructions.check1", campaign.period()));
        lines.add(texts.text("instructions.check2", TemplateLabels.ROW_TOTAL));
        lines.add(texts.text("instructions.check3", TemplateLabels.GRAND_TOTAL));
        lines.add(texts.text("instructions.check4"));
        return lines;
    }
}
