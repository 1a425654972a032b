package vn.tonghop.report.returns;

import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.report.layout.CellTexts;

/**
 * Copies a submitted sheet into the return workbook at the same addresses, so that the unit sees its own numbers
 * where it typed them: values, number formats, styles, merged regions, column widths and row heights.
 *
 * <p>Formulas: a formula that stays on its own sheet (no other sheet, no other workbook, not part of an array
 * formula) is copied as a formula together with the result the unit's Excel stored, so the cell shows the same
 * number and still works; any other formula is copied as its stored result only, since it would point elsewhere
 * in this workbook. A formula the unit's file stores no result for (files written by scripts) gets the result
 * computed from the submitted workbook. Comments, pictures and drawings of the submission are not copied.
 */
final class SheetCopier {

    /** The columns whose widths are copied; a report uses a dozen, cells beyond keep the default width. */
    static final int MAX_SIZED_COLUMNS = 256;

    private static final Logger log = LoggerFactory.getLogger(SheetCopier.class);

    /** Days between the 1900 and 1904 date systems; this workbook counts from 1900. */
    private static final int DAYS_1900_TO_1904 = 1462;

    private final SubmittedWorkbook submitted;
    private final XSSFWorkbook target;
    private final CopiedStyles styles;
    private final FormulaEvaluator evaluator;

    SheetCopier(SubmittedWorkbook submitted, XSSFWorkbook target) {
        this.submitted = submitted;
        this.target = target;
        this.styles = new CopiedStyles(submitted.workbook(), target);
        this.evaluator = submitted.workbook().getCreationHelper().createFormulaEvaluator();
    }

    /** Copies {@code original} into a new sheet called {@code name}. */
    XSSFSheet copy(Sheet original, String name) {
        XSSFSheet copy = target.createSheet(name);
        copy.setDefaultColumnWidth(original.getDefaultColumnWidth());
        copy.setDefaultRowHeight(original.getDefaultRowHeight());
        int lastColumn = 0;
        for (Row row : original) {
            XSSFRow copiedRow = copy.createRow(row.getRowNum());
            if (row.getHeight() != original.getDefaultRowHeight()) {
                copiedRow.setHeight(row.getHeight());
            }
            copiedRow.setZeroHeight(row.getZeroHeight());
            for (Cell cell : row) {
                copyCell(cell, copiedRow.createCell(cell.getColumnIndex()));
            }
            lastColumn = Math.max(lastColumn, row.getLastCellNum());
        }
        // each width set costs a search of the columns set before: a row of 16,384 cells would take a minute
        for (int column = 0; column < Math.min(lastColumn, MAX_SIZED_COLUMNS); column++) {
            copy.setColumnWidth(column, original.getColumnWidth(column));
            copy.setColumnHidden(column, original.isColumnHidden(column));
        }
        for (CellRangeAddress region : original.getMergedRegions()) {
            copy.addMergedRegionUnsafe(region.copy());
        }
        // the unit's own layout prints one page wide only if its text stays readable so
        SheetLayout.list(copy, Math.max(0, lastColumn - 1), -1, -1, 0);
        return copy;
    }

    private void copyCell(Cell cell, XSSFCell copy) {
        if (cell.getCellStyle() != null) {
            copy.setCellStyle(styles.copyOf(cell.getCellStyle()));
        }
        switch (cell.getCellType()) {
            case NUMERIC -> copy.setCellValue(number(cell, cell.getNumericCellValue()));
            case STRING -> copy.setCellValue(CellTexts.fit(cell.getStringCellValue()));
            case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
            case ERROR -> copy.setCellErrorValue(FormulaError.forInt(cell.getErrorCellValue()));
            case FORMULA -> copyFormula(cell, copy);
            default -> {
                // a blank cell is copied for its style alone (borders of an empty form row)
            }
        }
    }

    private void copyFormula(Cell cell, XSSFCell copy) {
        CellValue result = result(cell);
        if (staysOnItsSheet(cell)) {
            try {
                copy.setCellFormula(cell.getCellFormula());
            } catch (FormulaParseException e) {
                // a function or a name this workbook does not know: the cell keeps the stored result alone
                log.debug("{}: formula {} copied as its value ({})", cell.getAddress(), cell.getCellFormula(),
                        e.getMessage());
            }
        }
        switch (result.getCellType()) {
            case NUMERIC -> copy.setCellValue(number(cell, result.getNumberValue()));
            case STRING -> copy.setCellValue(CellTexts.fit(result.getStringValue()));
            case BOOLEAN -> copy.setCellValue(result.getBooleanValue());
            case ERROR -> copy.setCellErrorValue(FormulaError.forInt(result.getErrorValue()));
            default -> {
                // a formula whose result is empty text shows nothing
            }
        }
    }

    /** The result the unit's Excel stored, or the computed one when the file stores none. */
    private CellValue result(Cell cell) {
        if (cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV()) {
            try {
                return evaluator.evaluate(cell);
            } catch (RuntimeException | StackOverflowError e) {
                // a chain of formulas deeper than the stack: the copy shows #N/A, the check has reported the cell
                return CellValue.getError(FormulaError.NA.getCode());
            }
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new CellValue(cell.getNumericCellValue());
            case STRING -> new CellValue(cell.getStringCellValue());
            case BOOLEAN -> CellValue.valueOf(cell.getBooleanCellValue());
            case ERROR -> CellValue.getError(cell.getErrorCellValue());
            default -> new CellValue("");
        };
    }

    private static boolean staysOnItsSheet(Cell cell) {
        if (cell.isPartOfArrayFormulaGroup()) {
            return false;
        }
        String formula = cell.getCellFormula();
        return formula.indexOf('!') < 0 && formula.indexOf('[') < 0;
    }

    /** A date of a 1904 workbook moved to this workbook's 1900 system, so it shows the same day. */
    private double number(Cell cell, double value) {
        if (submitted.uses1904Dates() && cell.getCellStyle() != null && DateUtil.isADateFormat(
                cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())) {
            return value + DAYS_1900_TO_1904;
        }
        return value;
    }
}
