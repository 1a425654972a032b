package vn.tonghop.template;

import java.util.ArrayList;
import java.util.List;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.submission.TemplateLabels;

/**
 * Where everything of a campaign's template sheet goes (0-based rows and columns): the titles, the label block, the
 * session table with its blank rows and the {@code Tổng cộng} row. Derived from the campaign alone, so a campaign
 * with any number of groups gets a template without code.
 *
 * <p>Columns: STT, Mã cuộc, Ngày học, Địa điểm, one column per group, Tổng số người dự, Ghi chú. A block label sits
 * in columns A–C (merged), its value from column D: the reader takes the first non-empty cell right of a label.
 */
record TemplateLayout(Campaign campaign, List<BlockField> block, int headerRow, int sessionRows) {

    /** Session rows of an empty template: more than most units need; the instructions say how to add more. */
    static final int DEFAULT_SESSION_ROWS = 15;

    static final int TITLE_ROW = 0;
    static final int SUBTITLE_ROW = 1;
    static final int FIRST_BLOCK_ROW = 3;
    static final int LABEL_COLUMN = 0;
    static final int LABEL_LAST_COLUMN = 2;
    static final int VALUE_COLUMN = 3;

    static final int ROW_NUMBER_COLUMN = 0;
    static final int SESSION_CODE_COLUMN = 1;
    static final int SESSION_DATE_COLUMN = 2;
    static final int PLACE_COLUMN = 3;
    static final int FIRST_GROUP_COLUMN = 4;

    /** What a row of the label block asks for. */
    enum FieldKind { UNIT_CODE, UNIT_NAME, PERIOD, REPORT_DATE, FORM, CLUSTER_CODE, MEMBERSHIP }

    /** One row of the label block; {@code group} is set for the membership rows only. */
    record BlockField(FieldKind kind, String label, ParticipantGroup group, int row) {
    }

    static TemplateLayout of(Campaign campaign) {
        return of(campaign, DEFAULT_SESSION_ROWS);
    }

    static TemplateLayout of(Campaign campaign, int sessionRows) {
        List<BlockField> block = new ArrayList<>();
        int row = FIRST_BLOCK_ROW;
        block.add(new BlockField(FieldKind.UNIT_CODE, TemplateLabels.UNIT_CODE, null, row++));
        block.add(new BlockField(FieldKind.UNIT_NAME, TemplateLabels.UNIT_NAME, null, row++));
        block.add(new BlockField(FieldKind.PERIOD, TemplateLabels.PERIOD, null, row++));
        block.add(new BlockField(FieldKind.REPORT_DATE, TemplateLabels.REPORT_DATE, null, row++));
        block.add(new BlockField(FieldKind.FORM, TemplateLabels.FORM, null, row++));
        if (campaign.clusterForm() != null) {
            block.add(new BlockField(FieldKind.CLUSTER_CODE, TemplateLabels.CLUSTER_CODE, null, row++));
        }
        for (ParticipantGroup group : campaign.groups()) {
            block.add(new BlockField(FieldKind.MEMBERSHIP, group.totalLabel(), group, row++));
        }
        return new TemplateLayout(campaign, List.copyOf(block), row + 1, sessionRows);
    }

    List<ParticipantGroup> groups() {
        return campaign.groups();
    }

    int groupColumn(int groupIndex) {
        return FIRST_GROUP_COLUMN + groupIndex;
    }

    int rowTotalColumn() {
        return FIRST_GROUP_COLUMN + groups().size();
    }

    int noteColumn() {
        return rowTotalColumn() + 1;
    }

    int lastColumn() {
        return noteColumn();
    }

    int firstSessionRow() {
        return headerRow + 1;
    }

    int lastSessionRow() {
        return headerRow + sessionRows;
    }

    int grandTotalRow() {
        return lastSessionRow() + 1;
    }

    /** The header labels of the session table, by column. */
    List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(TemplateLabels.ROW_NUMBER, TemplateLabels.SESSION_CODE,
                TemplateLabels.SESSION_DATE, TemplateLabels.PLACE));
        groups().forEach(group -> headers.add(group.attendedLabel()));
        headers.add(TemplateLabels.ROW_TOTAL);
        headers.add(TemplateLabels.NOTE);
        return headers;
    }
}
