package vn.tonghop.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.report.layout.NumberTexts;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * The first sheet of {@code tong-hop.xlsx}: the summary laid out like the committee's report on one page, the
 * figures by form, of the pilot units and of the lowest rates, the units without a valid report, and the charts.
 */
final class SummarySheet {

    /** Units shown on the list of units without a valid report; the exception report lists them all. */
    static final int MISSING_SHOWN = 8;
    /** Units in the table and chart of the lowest rates. */
    static final int LOWEST_SHOWN = 6;
    /** Rows the charts take. */
    private static final int CHART_ROWS = 16;
    /** Columns: name, units reported, sessions, attendees; then per group attended, total, rate. */
    private static final int[] SUMMARY_WIDTHS = {44, 13, 9, 10};
    private static final int[] SUMMARY_GROUP_WIDTHS = {10, 10, 9};

    private final OutputTexts messages;
    private final WorkbookStyles styles;
    private final NumberTexts numbers;

    SummarySheet(OutputTexts messages, WorkbookStyles styles) {
        this.messages = messages;
        this.styles = styles;
        this.numbers = new NumberTexts(messages.locale());
    }

    void write(OutputContents result, SXSSFSheet xlsx, PageHeading heading) {
        SheetWriter sheet = new SheetWriter(xlsx, styles, heading);
        Campaign campaign = result.campaign();
        Figures overall = result.consolidation().overall();
        sheet.widths(summaryWidths(campaign));
        int lastColumn = SUMMARY_WIDTHS.length + SUMMARY_GROUP_WIDTHS.length * campaign.groups().size() - 1;
        int tableWidth = 0;
        for (int c = 0; c <= lastColumn; c++) {
            tableWidth += xlsx.getColumnWidth(c) / 256;
        }
        // the title may be longer than a line over the tables: it wraps over their width
        sheet.wrappedTitle(campaign.title(), lastColumn, tableWidth);
        sheet.nextRow().text(0, campaign.organisation(), styles.subtitle);
        sheet.nextRow().text(0, messages.format("tonghop.period", campaign.period(),
                campaign.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        // the committee's sentence, wrapped over the width of the tables below it
        String sentence = sentence(campaign, overall);
        sheet.nextRow().text(0, sentence, styles.wrapped);
        sheet.merge(0, lastColumn);
        sheet.fitLines(sentence, tableWidth);

        List<CellRangeAddress> rates = new ArrayList<>();
        sheet.nextRow(1).sectionHeader(messages.text("tonghop.col.item"), messages.text("tonghop.col.value"),
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
            sheet.nextRow().wrapped(0, group.name());
            sheet.count(1, group.attended());
            sheet.count(2, group.total());
            sheet.rate(3, 1, 2, group.attended(), group.total());
            rates.add(new CellRangeAddress(sheet.rowIndex(), sheet.rowIndex(), 3, 3));
        }

        sheet.nextRow(1).text(0, messages.text("tonghop.byForm"), styles.subtitle);
        sheet.nextRow();
        figuresHeader(sheet, campaign, messages.text("tonghop.col.form"), messages.text("tonghop.col.unitsReported"));
        int firstForm = sheet.rowIndex() + 1;
        List<String> forms = new ArrayList<>();
        List<Figures> formFigures = new ArrayList<>();
        for (Map.Entry<String, Figures> form : result.consolidation().byForm().entrySet()) {
            figuresRow(sheet.nextRow(), form.getKey(), form.getValue(), false);
            forms.add(form.getKey());
            formFigures.add(form.getValue());
        }
        int lastForm = sheet.rowIndex();
        figuresRow(sheet.nextRow(), messages.text("tonghop.total"), overall, true);
        rates.addAll(groupRateColumns(campaign, firstForm, sheet.rowIndex()));

        sheet.nextRow(1).text(0, messages.text("tonghop.pilot"), styles.subtitle);
        sheet.nextRow();
        figuresHeader(sheet, campaign, "", messages.text("tonghop.col.unitsReported"));
        figuresRow(sheet.nextRow(), messages.text("tonghop.pilotUnits"), result.consolidation().pilot(), false);
        rates.addAll(groupRateColumns(campaign, sheet.rowIndex(), sheet.rowIndex()));

        List<UnitLine> lowest = LowestRates.of(result.consolidation().units(), LOWEST_SHOWN);
        int firstLowest = -1;
        if (!lowest.isEmpty()) {
            sheet.nextRow(1).text(0, messages.text("tonghop.lowest"), styles.subtitle);
            sheet.nextRow();
            figuresHeader(sheet, campaign, messages.text("tonghop.col.name"), messages.text("tonghop.col.code"));
            firstLowest = sheet.rowIndex() + 1;
            for (UnitLine line : lowest) {
                sheet.nextRow().wrapped(0, line.unit().name());
                sheet.text(1, line.unit().code());
                sheet.count(2, line.figures().sessions());
                sheet.count(3, line.figures().attendees());
                FigureColumns.groupCells(sheet, line.figures(), SUMMARY_WIDTHS.length, styles, false);
            }
            rates.addAll(groupRateColumns(campaign, firstLowest, sheet.rowIndex()));
        }

        writeMissing(result, sheet);
        LowRateHighlight.apply(xlsx, rates, campaign.lowRateWarning());

        int chartTop = sheet.rowIndex() + 2;
        xlsx.createDrawingPatriarch();
        var drawing = xlsx.getDrawingPatriarch();
        String sheetName = xlsx.getSheetName();
        int chartSplit = lowest.isEmpty() ? lastColumn + 1 : SUMMARY_WIDTHS.length;
        if (!forms.isEmpty()) {
            RateChart byForm = new RateChart(sheetName, messages.text("tonghop.chart.byForm"),
                    new CellRangeAddress(firstForm, lastForm, 0, 0), forms.toArray(String[]::new));
            addRateSeries(byForm, campaign, firstForm - 2, firstForm, formFigures);
            byForm.draw(drawing, 0, chartTop, chartSplit, chartTop + CHART_ROWS, false);
        }
        if (!lowest.isEmpty()) {
            RateChart lowestChart = new RateChart(sheetName, messages.text("tonghop.chart.lowest"),
                    // the units' codes: short enough for every bar to get its label
                    new CellRangeAddress(firstLowest, firstLowest + lowest.size() - 1, 1, 1),
                    lowest.stream().map(line -> line.unit().code()).toArray(String[]::new));
            addRateSeries(lowestChart, campaign, firstLowest - 2, firstLowest,
                    lowest.stream().map(UnitLine::figures).toList());
            lowestChart.draw(drawing, chartSplit, chartTop, lastColumn + 1, chartTop + CHART_ROWS, true);
        }
        sheet.printOnOnePage(lastColumn, chartTop + CHART_ROWS);
    }

    /** A series per group: its rate column of a figures table whose group names are on {@code nameRow}. */
    private static void addRateSeries(RateChart chart, Campaign campaign, int nameRow, int firstRow,
                                      List<Figures> rows) {
        for (int g = 0; g < campaign.groups().size(); g++) {
            int nameColumn = SUMMARY_WIDTHS.length + g * SUMMARY_GROUP_WIDTHS.length;
            int rateColumn = nameColumn + 2;
            Double[] values = new Double[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                GroupFigures group = rows.get(r).groups().get(g);
                values[r] = group.total() == 0 ? null : (double) group.attended() / group.total();
            }
            chart.series(new RateChart.Series(campaign.groups().get(g).name(),
                    new CellReference(chart.sheetName(), nameRow, nameColumn, true, true),
                    new CellRangeAddress(firstRow, firstRow + rows.size() - 1, rateColumn, rateColumn), values));
        }
    }

    /** The units without a valid report, the first few by name; the exception report lists every one of them. */
    private void writeMissing(OutputContents result, SheetWriter sheet) {
        List<UnitLine> missing = result.consolidation().units().stream()
                .filter(line -> line.status() != UnitStatus.REPORTED).toList();
        if (missing.isEmpty()) {
            sheet.nextRow(1).text(0, messages.text("tonghop.missing.none"), styles.subtitle);
            return;
        }
        sheet.nextRow(1).text(0, messages.format("tonghop.missing", missing.size()), styles.subtitle);
        for (UnitLine line : missing.subList(0, Math.min(MISSING_SHOWN, missing.size()))) {
            sheet.nextRow().wrapped(0, line.unit().code() + " " + line.unit().name());
            sheet.text(1, messages.text("unitStatus." + line.status().name()));
            if (line.lastFile() != null) {
                sheet.text(2, line.lastFile());
            }
        }
        if (missing.size() > MISSING_SHOWN) {
            sheet.nextRow().text(0, messages.format("tonghop.missing.more", missing.size() - MISSING_SHOWN,
                    messages.text("loi.sheet.missing")));
        }
    }

    private static int[] summaryWidths(Campaign campaign) {
        int[] widths = new int[SUMMARY_WIDTHS.length + SUMMARY_GROUP_WIDTHS.length * campaign.groups().size()];
        System.arraycopy(SUMMARY_WIDTHS, 0, widths, 0, SUMMARY_WIDTHS.length);
        for (int g = 0; g < campaign.groups().size(); g++) {
            System.arraycopy(SUMMARY_GROUP_WIDTHS, 0, widths, SUMMARY_WIDTHS.length + g * SUMMARY_GROUP_WIDTHS.length,
                    SUMMARY_GROUP_WIDTHS.length);
        }
        return widths;
    }

    /** The rate column of each group from {@code firstRow} to {@code lastRow} of a figures table. */
    private static List<CellRangeAddress> groupRateColumns(Campaign campaign, int firstRow, int lastRow) {
        List<CellRangeAddress> ranges = new ArrayList<>();
        for (int g = 0; g < campaign.groups().size(); g++) {
            int column = SUMMARY_WIDTHS.length + g * SUMMARY_GROUP_WIDTHS.length + 2;
            ranges.add(new CellRangeAddress(firstRow, lastRow, column, column));
        }
        return ranges;
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

    /**
     * Header of a figures table over two rows: name, second column, sessions, attendees, then each group's name
     * over its attended, total and rate columns.
     */
    private void figuresHeader(SheetWriter sheet, Campaign campaign, String first, String second) {
        sheet.groupedHeader(List.of(first, second, messages.text("tonghop.col.sessions"),
                        messages.text("tonghop.col.attendees")),
                campaign.groups().stream().map(ParticipantGroup::name).toList(),
                List.of(messages.text("tonghop.col.groupAttended"), messages.text("tonghop.col.groupTotal"),
                        messages.text("tonghop.col.rate")));
    }

    private void figuresRow(SheetWriter sheet, String name, Figures figures, boolean bold) {
        sheet.text(0, name, bold ? styles.bold : styles.text);
        sheet.text(1, figures.unitsReported() + "/" + figures.unitsExpected(), bold ? styles.bold : styles.text);
        sheet.count(2, figures.sessions(), bold ? styles.boldCount : styles.count);
        sheet.count(3, figures.attendees(), bold ? styles.boldCount : styles.count);
        FigureColumns.groupCells(sheet, figures, 4, styles, bold);
    }
}
