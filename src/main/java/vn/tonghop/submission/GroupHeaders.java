package vn.tonghop.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.MergedArea;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;

/**
 * The two-row header some forms use: a group's name above (merged across) the sub-headers {@code Tổng số},
 * {@code Số dự} and {@code Tỷ lệ}. The group's {@code Số dự} column is then its attended column, its
 * {@code Tổng số} column holds its members (whose {@code Tổng cộng} is the membership) and its {@code Tỷ lệ} column
 * the rate the unit computed. Only groups whose attended-label is not in the header row are looked for this way.
 */
final class GroupHeaders {

    /** Without a merge the group's name is taken to head itself and the two columns to its right. */
    private static final int UNMERGED_SPAN = 3;

    private GroupHeaders() {
    }

    /** The key under which a group's rate column is kept among the table's columns. */
    static String rateKey(ParticipantGroup group) {
        return TemplateLabels.GROUP_RATE + ", " + group.name();
    }

    /** Columns found under group names, by attended-label, total-label and {@link #rateKey}; empty when none. */
    static Map<String, Integer> locate(Sheet sheet, Row header, Campaign campaign, SessionColumns columns,
                                       SubmissionSheetLocator labels) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Optional<Row> subHeader = sheet.rows().stream().filter(row -> row.index() == header.index() + 1).findFirst();
        if (subHeader.isEmpty()) {
            return found;
        }
        for (ParticipantGroup group : campaign.groups()) {
            if (columns.has(group.attendedLabel())) {
                continue;
            }
            Optional<Cell> name = labels.findCell(header, group.name());
            if (name.isEmpty()) {
                continue;
            }
            int first = name.get().column();
            int last = sheet.merges().stream().filter(area -> area.covers(header.index(), first))
                    .mapToInt(MergedArea::lastColumn).findFirst().orElse(first + UNMERGED_SPAN - 1);
            for (Cell cell : subHeader.get().cells()) {
                if (cell.column() < first || cell.column() > last) {
                    continue;
                }
                if (labels.isLabel(cell, TemplateLabels.GROUP_ATTENDED)) {
                    found.put(group.attendedLabel(), cell.column());
                } else if (labels.isLabel(cell, TemplateLabels.GROUP_MEMBERS)) {
                    found.put(group.totalLabel(), cell.column());
                } else if (labels.isLabel(cell, TemplateLabels.GROUP_RATE)) {
                    found.put(rateKey(group), cell.column());
                }
            }
        }
        return found;
    }
}
