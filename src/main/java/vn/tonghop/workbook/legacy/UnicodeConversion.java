package vn.tonghop.workbook.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.Workbook;

/**
 * Converts the text cells of a workbook typed in TCVN3 or VNI to Unicode, so that labels are recognised and unit
 * names, places and notes reach every output readable. The workbook is legacy when more of its cells show legacy
 * codes than Unicode letters (a stray "«" in a Unicode workbook converts nothing); then each
 * such cell is converted by its own evidence, or by the workbook's when it has none (e.g. "Tæng sè", whose codes
 * TCVN3 and VNI share). Text that is already Unicode is never touched.
 */
public final class UnicodeConversion {

    private UnicodeConversion() {
    }

    public static Workbook toUnicode(Workbook workbook) {
        Optional<LegacyEncoding> workbookEncoding = workbookEncoding(workbook);
        if (workbookEncoding.isEmpty()) {
            return workbook;
        }
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            List<Row> rows = new ArrayList<>();
            for (Row row : sheet.rows()) {
                rows.add(new Row(row.index(), row.cells().stream()
                        .map(cell -> converted(cell, workbookEncoding)).toList(), row.hidden()));
            }
            sheets.add(new Sheet(sheet.name(), rows, sheet.visibility(), sheet.merges()));
        }
        return new Workbook(workbook.file(), sheets);
    }

    private static Cell converted(Cell cell, Optional<LegacyEncoding> workbookEncoding) {
        if (!(cell.value() instanceof CellValue.Text text)) {
            return cell;
        }
        EncodingEvidence evidence = EncodingEvidence.of(text.text());
        if (evidence.unicode()) {
            return cell;
        }
        Optional<LegacyEncoding> encoding = evidence.encoding().or(() -> workbookEncoding);
        return encoding.map(e -> new Cell(cell.row(), cell.column(), new CellValue.Text(e.toUnicode(text.text()))))
                .orElse(cell);
    }

    private static Optional<LegacyEncoding> workbookEncoding(Workbook workbook) {
        EncodingEvidence legacy = EncodingEvidence.NONE;
        int unicodeCells = 0;
        int legacyCells = 0;
        for (String text : texts(workbook)) {
            EncodingEvidence evidence = EncodingEvidence.of(text);
            if (evidence.unicode()) {
                unicodeCells++;
            } else if (evidence.encoding().isPresent()) {
                legacyCells++;
                legacy = legacy.plus(evidence);
            }
        }
        return legacyCells > unicodeCells ? legacy.encoding() : Optional.empty();
    }

    private static List<String> texts(Workbook workbook) {
        List<String> texts = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            for (Row row : sheet.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.value() instanceof CellValue.Text text) {
                        texts.add(text.text());
                    }
                }
            }
        }
        return texts;
    }
}
