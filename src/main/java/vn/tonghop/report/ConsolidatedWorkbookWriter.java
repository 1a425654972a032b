package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.ClusterFigures;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.rules.IssueMessages;

/**
 * Writes {@code tong-hop.xlsx}: the summary laid out like the committee's report, one row per registry unit, and
 * one sheet per cluster. Streams rows (SXSSF) so the registry's size does not matter.
 */
public final class ConsolidatedWorkbookWriter {

    /** Characters the merged sentence row holds per line, about the width of columns A to J. */
    private static final int SENTENCE_WIDTH = 150;

    private final IssueMessages messages;
    private final NumberTexts numbers;

    public ConsolidatedWorkbookWriter(IssueMessages messages) {
        this.messages = messages;
        this.numbers = new NumberTexts(messages.locale());
    }

    public void write(RunResult result, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeSummary(result, new SheetWriter(workbook.createSheet(messages.text("tonghop.sheet.summary")), styles),
                    styles);
            writeUnits(result, new SheetWriter(workbook.createSheet(messages.text("tonghop.sheet.units")), styles), styles);
            for (ClusterFigures cluster : result.consolidation().clusters()) {
                String name = WorkbookUtil.createSafeSheetName(messages.text("tonghop.sheet.cluster") + " "
                        + cluster.code());
                writeCluster(result.campaign(), cluster, new SheetWriter(workbook.createSheet(name), styles), styles);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private void writeSummary(RunResult result, SheetWriter sheet, WorkbookStyles styles) {
        Campaign campaign = result.campaign();
        Figures overall = result.consolidation().overall();
        sheet.widths(44, 16, 16, 12, 14, 14, 14, 12, 14, 14, 12, 14, 14, 12);
        sheet.nextRow().text(0, campaign.title(), styles.title);
        sheet.nextRow().text(0, campaign.organisation(), styles.subtitle);
        sheet.nextRow().text(0, messages.format("tonghop.period", campaign.period(),
                campaign.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        // the committee's sentence, wrapped over the width of the tables below it
        String sentence = sentence(campaign, overall);
        sheet.nextRow().text(0, sentence, styles.wrapped);
        sheet.merge(0, 3 + 3 * campaign.groups().size());
        sheet.fitLines(sentence, SENTENCE_WIDTH);

        sheet.nextRow(1).header(messages.text("tonghop.col.item"), messages.text("tonghop.col.value"),
                messages.text("tonghop.col.of"), messages.text("tonghop.col.rate"));
        sheet.nextRow().text(0, messages.text("tonghop.units"));
        sheet.count(1, overall.unitsReported());
        sheet.count(2, overall.unitsExpected());
        sheet.rate(3, 1, 2, overall.unitsReported(), overall.unitsExpected());
        sheet.nextRow().text(0, messages.text("tonghop.sessions"));
        sheet.count(1, overall.sessions());
        sheet.nextRow().text(0, messages.text("tonghop.attendees"));
        sheet.count(1, overall.attendees());
        for (GroupFigures group : overall.groups()) {
            sheet.nextRow().text(0, group.name());
            sheet.count(1, group.attended());
            sheet.count(2, group.total());
            sheet.rate(3, 1, 2, group.attended(), group.total());
        }

        sheet.nextRow(1).text(0, messages.text("tonghop.byForm"), styles.subtitle);
        sheet.nextRow();
        figuresHeader(sheet, campaign, messages.text("tonghop.col.form"));
        for (Map.Entry<String, Figures> form : result.consolidation().byForm().entrySet()) {
            figuresRow(sheet.nextRow(), form.getKey(), form.getValue(), styles, false);
        }
        figuresRow(sheet.nextRow(), messages.text("tonghop.total"), overall, styles, true);

        sheet.nextRow(1).text(0, messages.text("tonghop.pilot"), styles.subtitle);
        sheet.nextRow();
        figuresHeader(sheet, campaign, "");
        figuresRow(sheet.nextRow(), messages.text("tonghop.pilotUnits"), result.consolidation().pilot(), styles,
                false);
    }

    /** "By 30/06/2007, 85/87 units held 81 sessions with 8,602 attendees: ..." in the reader's language. */
    private String sentence(Campaign campaign, Figures overall) {
        List<String> parts = new ArrayList<>();
        for (GroupFigures group : overall.groups()) {
            parts.add(messages.format("tonghop.sentence.group", group.name(), numbers.count(group.attended()),
                    numbers.percent(group.rate())));
        }
        return messages.format("tonghop.sentence", campaign.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                overall.unitsReported(), overall.unitsExpected(), numbers.count(overall.sessions()),
                numbers.count(overall.attendees()), String.join("; ", parts));
    }

    /** Header of a figures table: name, units reported, sessions, attendees, then attended/total/rate per group. */
    private void figuresHeader(SheetWriter sheet, Campaign campaign, String first) {
        List<String> labels = new ArrayList<>(List.of(first, messages.text("tonghop.col.unitsReported"),
                messages.text("tonghop.col.sessions"), messages.text("tonghop.col.attendees")));
        labels.addAll(groupHeaders(campaign));
        sheet.sectionHeader(labels.toArray(String[]::new));
    }

    /** Attended, total and rate headers for each group, in the campaign's order. */
    private List<String> groupHeaders(Campaign campaign) {
        List<String> labels = new ArrayList<>();
        for (var group : campaign.groups()) {
            labels.add(group.attendedLabel());
            labels.add(group.totalLabel());
            labels.add(messages.format("tonghop.col.groupRate", group.name()));
        }
        return labels;
    }

    private void figuresRow(SheetWriter sheet, String name, Figures figures, WorkbookStyles styles, boolean bold) {
        sheet.text(0, name, bold ? styles.bold : styles.text);
        sheet.text(1, figures.unitsReported() + "/" + figures.unitsExpected(), bold ? styles.bold : styles.text);
        sheet.count(2, figures.sessions(), bold ? styles.boldCount : styles.count);
        sheet.count(3, figures.attendees(), bold ? styles.boldCount : styles.count);
        groupCells(sheet, figures, 4, styles, bold);
    }

    private static void groupCells(SheetWriter sheet, Figures figures, int firstColumn, WorkbookStyles styles,
                                   boolean bold) {
        int column = firstColumn;
        for (GroupFigures group : figures.groups()) {
            sheet.count(column, group.attended(), bold ? styles.boldCount : styles.count);
            sheet.count(column + 1, group.total(), bold ? styles.boldCount : styles.count);
            sheet.rate(column + 2, column, column + 1, group.attended(), group.total(),
                    bold ? styles.boldRate : styles.rate);
            column += 3;
        }
    }

    private void writeUnits(RunResult result, SheetWriter sheet, WorkbookStyles styles) {
        List<String> labels = new ArrayList<>();
        for (String key : List.of("no", "code", "name", "pilot", "status", "form", "cluster", "reportDate",
                "sourceFile", "lastFile", "lastReceived", "lastFileStatus", "sessions", "attendees")) {
            labels.add(messages.text("tonghop.col." + key));
        }
        labels.addAll(groupHeaders(result.campaign()));
        int[] widths = new int[labels.size()];
        int[] fixed = {6, 10, 40, 10, 14, 22, 10, 13, 36, 36, 17, 14, 10, 12};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = fixed.length; i < widths.length; i++) {
            widths[i] = 14;
        }
        sheet.widths(widths);
        sheet.nextRow().header(labels.toArray(String[]::new));
        int number = 0;
        for (UnitLine line : result.consolidation().units()) {
            sheet.nextRow();
            sheet.count(0, ++number);
            sheet.text(1, line.unit().code());
            sheet.text(2, line.unit().name());
            sheet.text(3, line.unit().pilot() ? messages.text("yes") : messages.text("no"));
            sheet.text(4, messages.text("unitStatus." + line.status().name()));
            sheet.text(5, line.form());
            sheet.text(6, line.clusterCode());
            sheet.date(7, line.reportDate());
            sheet.text(8, line.sourceFile());
            sheet.text(9, line.lastFile());
            sheet.time(10, line.lastReceived());
            sheet.text(11, line.lastFileStatus() == null ? null
                    : messages.text("fileStatus." + line.lastFileStatus().name()));
            if (line.figures() != null) {
                sheet.count(12, line.figures().sessions());
                sheet.count(13, line.figures().attendees());
                groupCells(sheet, line.figures(), 14, styles, false);
            }
        }
        sheet.filterTable(labels.size() - 1);
    }

    private void writeCluster(Campaign campaign, ClusterFigures cluster, SheetWriter sheet, WorkbookStyles styles) {
        sheet.widths(10, 40, 10, 12, 14, 14, 12, 14, 14, 12, 14, 14, 12);
        sheet.nextRow().text(0, messages.format("tonghop.cluster.title", cluster.code()), styles.title);
        List<String> labels = new ArrayList<>(List.of(messages.text("tonghop.col.code"),
                messages.text("tonghop.col.name"), messages.text("tonghop.col.sessions"),
                messages.text("tonghop.col.attendees")));
        labels.addAll(groupHeaders(campaign));
        sheet.nextRow(1).header(labels.toArray(String[]::new));
        for (UnitLine member : cluster.members()) {
            sheet.nextRow();
            sheet.text(0, member.unit().code());
            sheet.text(1, member.unit().name());
            sheet.count(2, member.figures().sessions());
            sheet.count(3, member.figures().attendees());
            groupCells(sheet, member.figures(), 4, styles, false);
        }
        sheet.filterTable(labels.size() - 1);
        // the cluster's joint sessions count once, so its total is not the sum of the members' sessions
        sheet.nextRow();
        sheet.text(1, messages.text("tonghop.cluster.total"), styles.bold);
        sheet.count(2, cluster.figures().sessions(), styles.boldCount);
        sheet.count(3, cluster.figures().attendees(), styles.boldCount);
        groupCells(sheet, cluster.figures(), 4, styles, true);
    }
}
