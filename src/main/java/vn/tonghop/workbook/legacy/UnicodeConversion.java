package vn.tonghop.workbook.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * such cell is converted by its font (.VnTime, VNI-Times: the strongest hint), else by its own codes, else by the
 * workbook's (e.g. "Tæng sè", whose codes TCVN3 and VNI share). Text in a TCVN3 capitals font (.VnTimeH) is
 * converted to capitals, as it shows. Text that is already Unicode is never touched.
 */
public final class UnicodeConversion {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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
        Optional<LegacyEncoding> encoding = LegacyFonts.encodingOf(cell.font()).or(evidence::encoding)
                .or(() -> workbookEncoding);
        if (encoding.isEmpty()) {
            return cell;
        }
        String unicode = encoding.get().toUnicode(text.text());
        if (LegacyFonts.isTcvn3Capitals(cell.font())) {
            unicode = unicode.toUpperCase(VIETNAMESE);
        }
        return new Cell(cell.row(), cell.column(), new CellValue.Text(unicode), cell.font());
    }

    private static Optional<LegacyEncoding> workbookEncoding(Workbook workbook) {
        EncodingEvidence legacy = EncodingEvidence.NONE;
        int unicodeCells = 0;
        int legacyCells = 0;
        for (Cell cell : textCells(workbook)) {
            String text = ((CellValue.Text) cell.value()).text();
            EncodingEvidence evidence = EncodingEvidence.of(text);
            Optional<LegacyEncoding> font = LegacyFonts.encodingOf(cell.font());
            if (!evidence.unicode() && font.isPresent() && !text.chars().allMatch(c -> c < 0x80)) {
                // a legacy font on text with codes above ASCII is evidence as strong as the codes themselves
                evidence = evidence.plus(font.get() == LegacyEncoding.TCVN3 ? new EncodingEvidence(false, 1, 0)
                        : new EncodingEvidence(false, 0, 1));
            }
            if (evidence.unicode()) {
                unicodeCells++;
            } else if (evidence.encoding().isPresent()) {
                legacyCells++;
                legacy = legacy.plus(evidence);
            }
        }
        return legacyCells > unicodeCells ? legacy.encoding() : Optional.empty();
    }

    private static List<Cell> textCells(Workbook workbook) {
        List<Cell> texts = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            for (Row row : sheet.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.value() instanceof CellValue.Text) {
                        texts.add(cell);
                    }
                }
            }
        }
        return texts;
    }
}
