package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.OutputTexts;

/** The sheet of {@code tong-hop.xlsx} with one row per registry unit: its status, files and figures. */
final class UnitsSheet {

    /** Columns before the groups' ones, and the first of them repeated on pages across. */
    private static final int[] UNIT_WIDTHS = {6, 9, 34, 8, 13, 18, 10, 12, 30, 30, 16, 13, 9, 10};
    private static final int UNIT_KEY_COLUMNS = 3;

    private final OutputTexts messages;
    private final WorkbookStyles styles;

    UnitsSheet(OutputTexts messages, WorkbookStyles styles) {
        this.messages = messages;
        this.styles = styles;
    }

    void write(OutputContents result, SheetWriter sheet) {
        List<String> labels = new ArrayList<>();
        for (String key : List.of("no", "code", "name", "pilot", "status", "form", "cluster", "reportDate",
                "sourceFile", "lastFile", "lastReceived", "lastFileStatus", "sessions", "attendees")) {
            labels.add(messages.text("tonghop.col." + key));
        }
        labels.addAll(FigureColumns.groupHeaders(result.campaign(), messages));
        int[] widths = new int[labels.size()];
        System.arraycopy(UNIT_WIDTHS, 0, widths, 0, UNIT_WIDTHS.length);
        for (int i = UNIT_WIDTHS.length; i < widths.length; i++) {
            widths[i] = FigureColumns.GROUP_COLUMN_WIDTH;
        }
        sheet.widths(widths);
        sheet.title(messages.text("tonghop.units.title"));
        sheet.nextRow().header(labels.toArray(String[]::new));
        int firstRow = sheet.rowIndex() + 1;
        int number = 0;
        for (UnitLine line : result.consolidation().units()) {
            sheet.nextRow();
            sheet.count(0, ++number);
            sheet.text(1, line.unit().code());
            sheet.wrapped(2, line.unit().name());
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
                FigureColumns.groupCells(sheet, line.figures(), UNIT_WIDTHS.length, styles, false);
            }
        }
        sheet.filterTable(labels.size() - 1);
        LowRateHighlight.apply(sheet.sheet(), FigureColumns.listRateColumns(result.campaign(), UNIT_WIDTHS.length,
                firstRow, sheet.rowIndex()), result.campaign().lowRateWarning());
        sheet.printAsList(labels.size() - 1, UNIT_KEY_COLUMNS);
    }
}
