package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.consolidation.ClusterFigures;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.OutputTexts;

/** The sheet of {@code tong-hop.xlsx} with every cluster: its total row, then its members grouped under it. */
final class ClustersSheet {

    private final OutputTexts messages;
    private final WorkbookStyles styles;

    ClustersSheet(OutputTexts messages, WorkbookStyles styles) {
        this.messages = messages;
        this.styles = styles;
    }

    /**
     * All clusters on one sheet (a registry of thousands of units has hundreds of clusters): each cluster's total
     * row, then its members grouped under it so a cluster folds away; the cluster code on every row for filtering.
     */
    void write(OutputContents result, SXSSFSheet xlsx, PageHeading heading) {
        SheetWriter sheet = new SheetWriter(xlsx, styles, heading);
        Campaign campaign = result.campaign();
        int[] widths = new int[5 + 3 * campaign.groups().size()];
        int[] fixed = {10, 10, 40, 9, 10};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = fixed.length; i < widths.length; i++) {
            widths[i] = FigureColumns.GROUP_COLUMN_WIDTH;
        }
        sheet.widths(widths);
        sheet.title(messages.text("tonghop.clusters.title"));
        List<String> labels = new ArrayList<>(List.of(messages.text("tonghop.col.cluster"),
                messages.text("tonghop.col.code"), messages.text("tonghop.col.name"),
                messages.text("tonghop.col.sessions"), messages.text("tonghop.col.attendees")));
        labels.addAll(FigureColumns.groupHeaders(campaign, messages));
        sheet.nextRow().header(labels.toArray(String[]::new));
        int firstRow = sheet.rowIndex() + 1;
        // the total row of a cluster is above its members, where its fold button is
        xlsx.setRowSumsBelow(false);
        for (ClusterFigures cluster : result.consolidation().clusters()) {
            // the cluster's joint sessions count once, so its total is not the sum of the members' sessions
            sheet.nextRow();
            sheet.text(0, cluster.code(), styles.bold);
            sheet.text(2, messages.format("tonghop.cluster.title", cluster.code()) + ": "
                    + messages.text("tonghop.cluster.total"), styles.bold);
            sheet.count(3, cluster.figures().sessions(), styles.boldCount);
            sheet.count(4, cluster.figures().attendees(), styles.boldCount);
            FigureColumns.groupCells(sheet, cluster.figures(), 5, styles, true);
            for (UnitLine member : cluster.members()) {
                sheet.nextRow();
                xlsx.setRowOutlineLevel(sheet.rowIndex(), 1);
                sheet.text(0, cluster.code());
                sheet.text(1, member.unit().code());
                sheet.text(2, member.unit().name());
                sheet.count(3, member.figures().sessions());
                sheet.count(4, member.figures().attendees());
                FigureColumns.groupCells(sheet, member.figures(), 5, styles, false);
            }
        }
        sheet.filterTable(labels.size() - 1);
        LowRateHighlight.apply(xlsx, FigureColumns.listRateColumns(campaign, 5, firstRow, sheet.rowIndex()),
                campaign.lowRateWarning());
        sheet.printAsList(labels.size() - 1, 3);
    }
}
