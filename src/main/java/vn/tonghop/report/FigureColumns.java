package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.Figures;
import vn.tonghop.consolidation.GroupFigures;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.OutputTexts;

/** The columns of figures per group (attended, total, rate) that the units and clusters sheets share. */
final class FigureColumns {

    static final int GROUP_COLUMN_WIDTH = 13;

    private FigureColumns() {
    }

    /** Attended, total and rate headers for each group, in the campaign's order, for the wide lists. */
    static List<String> groupHeaders(Campaign campaign, OutputTexts messages) {
        List<String> labels = new ArrayList<>();
        for (var group : campaign.groups()) {
            labels.add(group.attendedLabel());
            labels.add(group.totalLabel());
            labels.add(messages.format("tonghop.col.groupRate", group.name()));
        }
        return labels;
    }

    static void groupCells(SheetWriter sheet, Figures figures, int firstColumn, WorkbookStyles styles,
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

    /** The rate column of each group in a list whose first group column is {@code firstColumn}. */
    static List<CellRangeAddress> listRateColumns(Campaign campaign, int firstColumn, int firstRow,
                                                          int lastRow) {
        List<CellRangeAddress> ranges = new ArrayList<>();
        if (lastRow >= firstRow) {
            for (int g = 0; g < campaign.groups().size(); g++) {
                int column = firstColumn + 3 * g + 2;
                ranges.add(new CellRangeAddress(firstRow, lastRow, column, column));
            }
        }
        return ranges;
    }
}
