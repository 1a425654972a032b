package vn.tonghop.submission;

import java.util.List;
import java.util.Optional;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Labels;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;

/**
 * The label/value pairs of a submission sheet. A value is the first non-empty cell to the right of its label on the
 * same row (labels are often merged over several columns). When that cell is itself a label of the block, the
 * unit left this value empty and put two pairs on one row, so the value counts as missing.
 */
final class LabelBlock {

    /** A label found on the sheet and its value cell, empty when the unit left it blank. */
    record LabelledValue(Cell label, Optional<Cell> value) {
    }

    private final Sheet sheet;
    private final List<String> blockLabels;
    private final SubmissionSheetLocator labels;

    LabelBlock(Sheet sheet, List<String> blockLabels, SubmissionSheetLocator labels) {
        this.sheet = sheet;
        this.blockLabels = List.copyOf(blockLabels);
        this.labels = labels;
    }

    /** The first occurrence of the label, reading rows top to bottom and cells left to right. */
    Optional<LabelledValue> find(String label) {
        for (Row row : sheet.rows()) {
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (labels.isLabel(cells.get(i), label)) {
                    return Optional.of(new LabelledValue(cells.get(i), valueAfter(cells, i)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Reports each label of the block given again further down with a different value (DUPLICATE_LABEL, naming both
     * cells): which of the two the unit meant cannot be guessed, and reading the first would pass the second by.
     * Only the rows above the session table are the block; the table's headers may repeat a label.
     */
    void duplicates(Findings findings, Row tableHeader) {
        for (String label : blockLabels) {
            LabelledValue first = null;
            for (Row row : sheet.rows()) {
                if (row.index() >= tableHeader.index()) {
                    break;
                }
                List<Cell> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (!labels.isLabel(cells.get(i), label)) {
                        continue;
                    }
                    LabelledValue pair = new LabelledValue(cells.get(i), valueAfter(cells, i));
                    if (first == null) {
                        first = pair;
                    } else if (!valueText(first).equals(valueText(pair))) {
                        Cell at = pair.value().orElse(pair.label());
                        String firstAt = first.value().orElse(first.label()).address();
                        findings.add(IssueCode.DUPLICATE_LABEL, at.address(), label, valueText(pair), firstAt);
                        return;
                    }
                }
            }
        }
    }

    private static String valueText(LabelledValue pair) {
        return pair.value().map(LabelBlock::text).orElse("");
    }

    /** The text of a value cell as the user reads it, spacing tidied. */
    static String text(Cell cell) {
        return Labels.tidy(cell.value().display());
    }

    private Optional<Cell> valueAfter(List<Cell> cells, int labelIndex) {
        for (int i = labelIndex + 1; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (isBlank(cell)) {
                continue;
            }
            return labels.isAnyLabel(cell, blockLabels) ? Optional.empty() : Optional.of(cell);
        }
        return Optional.empty();
    }

    static boolean isBlank(Cell cell) {
        return cell.value() instanceof CellValue.Text text && Labels.isBlank(text.text());
    }
}
