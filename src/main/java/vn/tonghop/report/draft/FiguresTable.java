package vn.tonghop.report.draft;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.report.draft.DraftDocument.Font;
import vn.tonghop.report.layout.NumberTexts;

/**
 * A bordered table of figures: leading text columns (a form, or a number and a unit), then units, sessions and
 * attendees, then each group's attendees and rate under the group's name, in two header rows. A row whose unit has
 * no figures shows dashes.
 */
final class FiguresTable {

    static final int SIZE = 11;
    private static final Font TEXT = Font.plain(SIZE);
    private static final Font BOLD = Font.bold(SIZE);
    // wide enough for the longest header word in bold ("Attendees") and for "100,00%" on one line
    private static final int ORDINAL_WIDTH = 750;
    private static final int UNITS_WIDTH = 800;
    private static final int SESSIONS_WIDTH = 1050;
    private static final int ATTENDEES_WIDTH = 1200;
    private static final int ATTENDED_WIDTH = 1100;
    private static final int RATE_WIDTH = 1100;
    private static final int MIN_TEXT_WIDTH = 1400;
    private static final String NO_FIGURE = "—";

    private final List<String> leading;
    private final List<String> figureHeaders;
    private final List<ParticipantGroup> groups;
    private final String attendedHeader;
    private final String rateHeader;
    private final NumberTexts numbers;
    private final boolean withUnits;
    private final int[] widths;
    private final XWPFTable table;

    /**
     * @param leading       the headers of the text columns: an optional number column, then the name
     * @param figureHeaders units (optional), sessions, attendees
     */
    FiguresTable(DraftDocument document, List<String> leading, List<String> figureHeaders, boolean withUnits,
                 List<ParticipantGroup> groups, String attendedHeader, String rateHeader, NumberTexts numbers) {
        this.leading = leading;
        this.figureHeaders = figureHeaders;
        this.withUnits = withUnits;
        this.groups = groups;
        this.attendedHeader = attendedHeader;
        this.rateHeader = rateHeader;
        this.numbers = numbers;
        this.widths = widths();
        this.table = document.table(2, widths, true);
        header();
    }

    /** Fixed widths for the figures and a number column; the last text column takes what is left. */
    private int[] widths() {
        List<Integer> figures = new ArrayList<>();
        if (withUnits) {
            figures.add(UNITS_WIDTH);
        }
        figures.add(SESSIONS_WIDTH);
        figures.add(ATTENDEES_WIDTH);
        for (int i = 0; i < groups.size(); i++) {
            figures.add(ATTENDED_WIDTH);
            figures.add(RATE_WIDTH);
        }
        List<Integer> widths = new ArrayList<>();
        for (int i = 1; i < leading.size(); i++) {
            widths.add(ORDINAL_WIDTH);
        }
        int used = figures.stream().mapToInt(Integer::intValue).sum() + ORDINAL_WIDTH * widths.size();
        widths.add(Math.max(DraftDocument.TEXT_WIDTH - used, MIN_TEXT_WIDTH));
        widths.addAll(figures);
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    private void header() {
        XWPFTableRow top = table.getRow(0);
        XWPFTableRow below = table.getRow(1);
        top.setRepeatHeader(true);
        below.setRepeatHeader(true);
        List<String> spanning = new ArrayList<>(leading);
        spanning.addAll(figureHeaders);
        for (int column = 0; column < spanning.size(); column++) {
            headerCell(top.getCell(column), spanning.get(column));
            DraftDocument.spanRows(top.getCell(column), below.getCell(column));
        }
        int column = spanning.size();
        for (ParticipantGroup group : groups) {
            headerCell(below.getCell(column), attendedHeader);
            headerCell(below.getCell(column + 1), rateHeader);
            column += 2;
        }
        // right to left, so that joining cells does not move the ones still to join
        for (int i = groups.size() - 1; i >= 0; i--) {
            int first = spanning.size() + 2 * i;
            headerCell(top.getCell(first), groups.get(i).name());
            DraftDocument.spanColumns(top, first, 2);
        }
    }

    private static void headerCell(XWPFTableCell cell, String text) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        DraftDocument.cellText(cell, text, BOLD, ParagraphAlignment.CENTER);
    }

    /** One row: its leading texts, then the figures, or dashes when {@code figures} is null. */
    void row(List<String> texts, Figures figures, boolean total) {
        XWPFTableRow row = newRow();
        Font font = total ? BOLD : TEXT;
        int column = 0;
        for (String text : texts) {
            DraftDocument.cellText(row.getCell(column), text, font,
                    column == 0 && texts.size() > 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            column++;
        }
        List<String> values = new ArrayList<>();
        if (withUnits) {
            values.add(figures == null ? NO_FIGURE : numbers.count(figures.unitsReported()));
        }
        values.add(figures == null ? NO_FIGURE : numbers.count(figures.sessions()));
        values.add(figures == null ? NO_FIGURE : numbers.count(figures.attendees()));
        if (figures == null) {
            groups.forEach(group -> values.addAll(List.of(NO_FIGURE, NO_FIGURE)));
        } else {
            for (GroupFigures group : figures.groups()) {
                values.add(numbers.count(group.attended()));
                values.add(numbers.percent(group.rate()));
            }
        }
        for (String value : values) {
            DraftDocument.cellText(row.getCell(column++), value, font, ParagraphAlignment.CENTER);
        }
    }

    /** A row with a cell per column: POI copies the cell count of the first row, whose group cells are joined. */
    private XWPFTableRow newRow() {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() < widths.length) {
            row.addNewTableCell();
        }
        for (int column = 0; column < widths.length; column++) {
            row.getCell(column).setWidth(String.valueOf(widths[column]));
        }
        return row;
    }
}
