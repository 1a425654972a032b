package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tonghop.campaign.LabelAliases;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.LabelFolds;
import vn.tonghop.workbook.Row;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.SheetVisibility;
import vn.tonghop.workbook.Workbook;

/**
 * Finds the sheet a unit filled in: units add cover sheets, instructions or working sheets, and may move the
 * template sheet anywhere, so the sheet is recognised by its content, not by its name or position. Also finds the
 * template's labels for the readers of the sheet, folding each distinct text once: one instance per workbook.
 * It is the one place where a cell is recognised as a label: as the template spells it or as one of the aliases the
 * campaign declares for it ({@code aliases:} in job.yml).
 */
final class SubmissionSheetLocator {

    private final LabelFolds folds;
    private final LabelAliases aliases;
    /** Each label's folded spellings, its own and its aliases': a cell is compared with them by one set lookup. */
    private final Map<String, Set<String>> foldedNames = new HashMap<>();
    /** The folded texts of this workbook's cells, by the very string a cell holds. */
    private final Map<String, String> foldedTexts = new IdentityHashMap<>();

    /** @param folds the folded texts, shared by every workbook of the run */
    SubmissionSheetLocator(LabelAliases aliases, LabelFolds folds) {
        this.aliases = aliases;
        this.folds = folds;
    }

    /** The outcome: the sheets filled in as the report, or the template label that no sheet has. */
    sealed interface Location {
        /** A sheet with the unit-code label and the session-table header row. */
        record Found(Sheet sheet, Row header) implements Location {

            boolean hidden() {
                return sheet.visibility() != SheetVisibility.VISIBLE;
            }
        }

        /**
         * The report sheets: the visible ones, or the hidden ones when no visible sheet is filled in (a hidden
         * sheet is a unit's working copy, never preferred to what the unit shows). One when all is well.
         */
        record Candidates(List<Found> sheets) implements Location {
        }

        record NotFound(String missingLabel) implements Location {
        }
    }

    Location locate(Workbook workbook) {
        Sheet firstWithUnitCode = null;
        List<Location.Found> visible = new ArrayList<>();
        List<Location.Found> hidden = new ArrayList<>();
        for (Sheet sheet : workbook.sheets()) {
            if (findCell(sheet, TemplateLabels.UNIT_CODE).isEmpty()) {
                continue;
            }
            Optional<Row> header = headerRow(sheet);
            if (header.isPresent()) {
                Location.Found found = new Location.Found(sheet, header.get());
                (found.hidden() ? hidden : visible).add(found);
            } else if (firstWithUnitCode == null) {
                firstWithUnitCode = sheet;
            }
        }
        if (!visible.isEmpty() || !hidden.isEmpty()) {
            return new Location.Candidates(visible.isEmpty() ? hidden : visible);
        }
        if (firstWithUnitCode == null) {
            return new Location.NotFound(TemplateLabels.UNIT_CODE);
        }
        return new Location.NotFound(findCell(firstWithUnitCode, TemplateLabels.SESSION_CODE).isEmpty()
                ? TemplateLabels.SESSION_CODE : TemplateLabels.ROW_TOTAL);
    }

    /** The first row holding both the session-code and the row-total headers. */
    Optional<Row> headerRow(Sheet sheet) {
        for (Row row : sheet.rows()) {
            if (findCell(row, TemplateLabels.SESSION_CODE).isPresent()
                    && findCell(row, TemplateLabels.ROW_TOTAL).isPresent()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    // loops rather than streams here and below: these run for every cell of the block of every workbook, and a
    // stream pipeline per row cost more than the comparisons themselves
    Optional<Cell> findCell(Sheet sheet, String label) {
        for (Row row : sheet.rows()) {
            Optional<Cell> found = findCell(row, label);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<Cell> findCell(Row row, String label) {
        for (Cell cell : row.cells()) {
            if (isLabel(cell, label)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** Whether the cell is any of the labels. */
    boolean isAnyLabel(Cell cell, List<String> labels) {
        for (String label : labels) {
            if (isLabel(cell, label)) {
                return true;
            }
        }
        return false;
    }

    boolean isLabel(Cell cell, String label) {
        if (!(cell.value() instanceof CellValue.Text text) || text.text() == null || label == null) {
            return false;
        }
        return foldedNames(label).contains(folded(text.text()));
    }

    /**
     * The cell text folded, looked up in the run's folds once per text of this workbook rather than once per label
     * it is compared with (each lookup hashes and compares the whole text).
     */
    private String folded(String text) {
        String folded = foldedTexts.get(text);
        if (folded == null) {
            folded = folds.fold(text);
            foldedTexts.put(text, folded);
        }
        return folded;
    }

    private Set<String> foldedNames(String label) {
        Set<String> names = foldedNames.get(label);
        if (names == null) {
            names = new HashSet<>();
            names.add(folds.fold(label));
            for (String alias : aliases.of(label)) {
                if (alias != null) {
                    names.add(folds.fold(alias));
                }
            }
            foldedNames.put(label, names);
        }
        return names;
    }
}
