package vn.tonghop.submission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.Row;

/** Where each known column of the session table is, found by its header label; unknown headers are ignored. */
final class SessionColumns {

    private final Map<String, Integer> columnByLabel;

    private SessionColumns(Map<String, Integer> columnByLabel) {
        this.columnByLabel = columnByLabel;
    }

    /** The first header cell naming each label; a label no header cell names has no column. */
    static SessionColumns locate(Row header, Collection<String> labels, SubmissionSheetLocator locator) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String label : labels) {
            locator.findCell(header, label).ifPresent(cell -> columns.put(label, cell.column()));
        }
        return new SessionColumns(columns);
    }

    /** These columns added, e.g. those under a two-row header's group names. */
    SessionColumns with(Map<String, Integer> more) {
        Map<String, Integer> columns = new LinkedHashMap<>(columnByLabel);
        columns.putAll(more);
        return new SessionColumns(columns);
    }

    OptionalInt column(String label) {
        Integer column = columnByLabel.get(label);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    boolean has(String label) {
        return columnByLabel.containsKey(label);
    }

    /** The non-blank cell of the row in the label's column. */
    Optional<Cell> cell(Row row, String label) {
        Integer column = columnByLabel.get(label);
        return column == null ? Optional.empty()
                : row.cell(column).filter(cell -> !LabelBlock.isBlank(cell));
    }
}
