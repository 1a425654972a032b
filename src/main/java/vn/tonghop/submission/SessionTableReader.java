package vn.tonghop.submission;

import static vn.tonghop.submission.TemplateLabels.GRAND_TOTAL;
import static vn.tonghop.submission.TemplateLabels.NOTE;
import static vn.tonghop.submission.TemplateLabels.PLACE;
import static vn.tonghop.submission.TemplateLabels.ROW_NUMBER;
import static vn.tonghop.submission.TemplateLabels.ROW_TOTAL;
import static vn.tonghop.submission.TemplateLabels.SESSION_CODE;
import static vn.tonghop.submission.TemplateLabels.SESSION_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.vocabulary.CellAddresses;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;

/**
 * Reads the session table below its header row, down to the {@code Tổng cộng} row.
 *
 * <p>A row is a session when it has something in the code, date, place, a group or the total column; rows holding
 * only an STT number, a note or unknown columns are blank lines of the template. In a session row a blank group
 * cell means nobody of that group came (0), as in Excel sums; a blank total is 0 only when the whole row counts
 * nobody, otherwise it is reported as missing.
 */
final class SessionTableReader {

    private final Campaign campaign;
    private final Findings findings;
    private final SubmissionSheetLocator labels;

    SessionTableReader(Campaign campaign, Findings findings, SubmissionSheetLocator labels) {
        this.campaign = campaign;
        this.findings = findings;
        this.labels = labels;
    }

    /** The table's columns, those under a two-row header's group names included. */
    SessionColumns columns(Sheet sheet, Row header) {
        SessionColumns columns = SessionColumns.locate(header, headerLabels(), labels);
        return columns.with(GroupHeaders.locate(sheet, header, campaign, columns, labels));
    }

    /** Whether a group's columns sit under its name, the sub-headers on the row below the header. */
    private boolean hasTwoRowHeader(Row header, SessionColumns columns) {
        return campaign.groups().stream().anyMatch(group -> columns.has(group.attendedLabel())
                && labels.findCell(header, group.attendedLabel()).isEmpty());
    }

    SessionTable read(Sheet sheet, Row header, SessionColumns columns) {
        reportMissingColumns(header, columns);
        int lastHeaderRow = hasTwoRowHeader(header, columns) ? header.index() + 1 : header.index();
        List<Row> below = MergedDown.fill(sheet.rows().stream().filter(row -> row.index() > lastHeaderRow).toList(),
                sheet.merges(), lastHeaderRow);
        Optional<Row> grandTotal = below.stream().filter(this::isGrandTotal).findFirst();
        List<TableRow> rows = new ArrayList<>();
        for (Row row : grandTotal.isPresent() ? rowsBefore(below, grandTotal.get()) : rowsUpToFirstGap(below, columns)) {
            if (isSession(row, columns)) {
                rows.add(readRow(row, columns));
            }
        }
        if (rows.isEmpty()) {
            String codeCell = labels.findCell(header, SESSION_CODE).map(Cell::address).orElse(null);
            findings.add(IssueCode.NO_SESSIONS, codeCell, SESSION_CODE, null, null);
        }
        return new SessionTable(header, columns, rows, grandTotal);
    }

    private boolean isGrandTotal(Row row) {
        return labels.findCell(row, GRAND_TOTAL).isPresent();
    }

    private List<String> headerLabels() {
        List<String> labels = new ArrayList<>(List.of(ROW_NUMBER, SESSION_CODE, SESSION_DATE, PLACE, ROW_TOTAL, NOTE));
        campaign.groups().forEach(group -> labels.add(group.attendedLabel()));
        return labels;
    }

    /** The session date is needed to match a cluster's joint sessions, so its column is required too. */
    private void reportMissingColumns(Row header, SessionColumns columns) {
        List<String> required = new ArrayList<>(List.of(SESSION_DATE));
        campaign.groups().forEach(group -> required.add(group.attendedLabel()));
        required.add(ROW_TOTAL);
        String firstCell = header.cells().get(0).address();
        required.stream().filter(label -> !columns.has(label))
                .forEach(label -> findings.add(IssueCode.MISSING_VALUE, firstCell, label, null, null));
    }

    private static List<Row> rowsBefore(List<Row> rows, Row end) {
        return rows.stream().filter(row -> row.index() < end.index()).toList();
    }

    /**
     * Without a {@code Tổng cộng} row the table is taken to end at the first empty line after its first session,
     * so that signatures and notes below it are not read as sessions (the file is rejected anyway).
     */
    private List<Row> rowsUpToFirstGap(List<Row> rows, SessionColumns columns) {
        List<Row> table = new ArrayList<>();
        Row previous = null;
        for (Row row : rows) {
            if (previous != null && row.index() > previous.index() + 1) {
                break;
            }
            table.add(row);
            if (previous != null || isSession(row, columns)) {
                previous = row;
            }
        }
        return table;
    }

    private boolean isSession(Row row, SessionColumns columns) {
        List<String> labels = new ArrayList<>(List.of(SESSION_CODE, SESSION_DATE, PLACE, ROW_TOTAL));
        campaign.groups().forEach(group -> labels.add(group.attendedLabel()));
        return labels.stream().anyMatch(label -> columns.cell(row, label).isPresent());
    }

    private TableRow readRow(Row row, SessionColumns columns) {
        int rowNumber = row.index() + 1;
        Map<String, OptionalLong> attended = new LinkedHashMap<>();
        for (ParticipantGroup group : campaign.groups()) {
            String label = group.attendedLabel();
            OptionalLong count = !columns.has(label) ? OptionalLong.empty()
                    : columns.cell(row, label).map(cell -> CountCells.read(cell, label, findings))
                    .orElse(OptionalLong.of(0));
            attended.put(group.key(), count);
        }
        Optional<Cell> dateCell = columns.cell(row, SESSION_DATE);
        LocalDate date = dateCell.flatMap(cell -> CellDates.read(cell.value())).orElse(null);
        String totalCell = CellAddresses.format(row.index(), columns.column(ROW_TOTAL).orElseThrow());
        OptionalLong total = columns.cell(row, ROW_TOTAL)
                .map(cell -> CountCells.read(cell, ROW_TOTAL, findings))
                .orElseGet(() -> blankTotal(attended, totalCell, rowNumber));
        return new TableRow(row, text(row, columns, SESSION_CODE), date, dateCell.map(Cell::address).orElse(null),
                text(row, columns, PLACE), text(row, columns, NOTE), attended, total, totalCell);
    }

    private OptionalLong blankTotal(Map<String, OptionalLong> attended, String totalCell, int rowNumber) {
        boolean nobody = attended.values().stream().allMatch(count -> count.isPresent() && count.getAsLong() == 0);
        if (nobody) {
            return OptionalLong.of(0);
        }
        findings.add(IssueCode.MISSING_VALUE, totalCell, ROW_TOTAL, null, null);
        return OptionalLong.empty();
    }

    private static String text(Row row, SessionColumns columns, String label) {
        return columns.cell(row, label).map(LabelBlock::text).orElse(null);
    }
}
