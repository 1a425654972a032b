package vn.tonghop.workbook.poi;

import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

import vn.tonghop.workbook.CellValue;

/** Maps cells of a POI usermodel workbook (.xls, or .xlsx needing computation) to {@link CellValue}s. */
final class UsermodelCellValues {

    /** The code given to a formula that has no stored result and that POI cannot compute. */
    static final String NOT_COMPUTABLE = "#FORMULA";

    private final FormulaEvaluator evaluator;
    private final boolean date1904;

    UsermodelCellValues(FormulaEvaluator evaluator, boolean date1904) {
        this.evaluator = evaluator;
        this.date1904 = date1904;
    }

    /** The value the file holds; for a formula its stored result, computed when the stored result is not usable. */
    Optional<CellValue> stored(Cell cell) {
        switch (cell.getCellType()) {
            case STRING:
                return CellValues.text(cell.getStringCellValue());
            case NUMERIC:
                return Optional.of(number(cell.getNumericCellValue(), cell));
            case BOOLEAN:
                return Optional.of(new CellValue.Bool(cell.getBooleanCellValue()));
            case ERROR:
                return Optional.of(error(cell.getErrorCellValue()));
            case FORMULA:
                return storedFormulaResult(cell);
            default:
                return Optional.empty();
        }
    }

    /**
     * Computes a formula; a formula POI cannot compute becomes {@link #NOT_COMPUTABLE} instead of failing the file.
     * So does a chain of formulas deeper than the evaluator's stack (thousands of cells each adding to the one
     * before, none with a stored result): the depth is bounded by the stack, and the cell is reported, not the run.
     */
    Optional<CellValue> computed(Cell cell) {
        try {
            return evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(new CellValue.Error(NOT_COMPUTABLE));
        }
    }

    private Optional<CellValue> storedFormulaResult(Cell cell) {
        switch (cell.getCachedFormulaResultType()) {
            case NUMERIC:
                double cached = cell.getNumericCellValue();
                // .xls has no "never computed" marker: writers that do not calculate (POI, xlwt) store 0. Recomputing a
                // stored 0 is harmless, and a formula POI cannot compute keeps the stored value.
                return cached == 0 ? computedOr(cell, number(cached, cell)) : Optional.of(number(cached, cell));
            case STRING:
                return CellValues.text(cell.getStringCellValue());
            case BOOLEAN:
                return Optional.of(new CellValue.Bool(cell.getBooleanCellValue()));
            case ERROR:
                return Optional.of(error(cell.getErrorCellValue()));
            default:
                return computed(cell);
        }
    }

    private Optional<CellValue> computedOr(Cell cell, CellValue fallback) {
        try {
            return evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.of(fallback);
        }
    }

    private Optional<CellValue> evaluate(Cell cell) {
        org.apache.poi.ss.usermodel.CellValue result = evaluator.evaluate(cell);
        if (result == null) {
            return Optional.empty();
        }
        switch (result.getCellType()) {
            case NUMERIC:
                return Optional.of(number(result.getNumberValue(), cell));
            case STRING:
                return CellValues.text(result.getStringValue());
            case BOOLEAN:
                return Optional.of(new CellValue.Bool(result.getBooleanValue()));
            case ERROR:
                return Optional.of(error(result.getErrorValue()));
            default:
                return Optional.empty();
        }
    }

    private CellValue number(double value, Cell cell) {
        CellStyle style = cell.getCellStyle();
        boolean dateFormatted = style != null && CellValues.isDateFormat(style.getDataFormat(), style.getDataFormatString());
        return CellValues.number(value, dateFormatted, date1904);
    }

    private static CellValue error(int code) {
        return new CellValue.Error(FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR");
    }
}
