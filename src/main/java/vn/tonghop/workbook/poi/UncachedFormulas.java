package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.UnreadableWorkbookException;

/**
 * Computes the formulas an .xlsx file holds without a stored result (written by scripts that do not calculate).
 * Only such files pay for loading the whole workbook with the POI usermodel.
 */
final class UncachedFormulas {

    private UncachedFormulas() {
    }

    static boolean anyIn(List<SheetCells> sheets) {
        return sheets.stream().anyMatch(sheet -> !sheet.uncomputed().isEmpty());
    }

    /** Opens the file again, read-only, with POI's formula evaluator; nothing is ever written back. */
    static void compute(Path file, List<SheetCells> sheets) throws IOException, UnreadableWorkbookException {
        OPCPackage readOnlyPackage = OoxmlPackages.openReadOnly(file);
        try {
            XSSFWorkbook workbook = new XSSFWorkbook(readOnlyPackage);
            UsermodelCellValues values = new UsermodelCellValues(
                    workbook.getCreationHelper().createFormulaEvaluator(), workbook.isDate1904());
            for (SheetCells sheet : sheets) {
                XSSFSheet poiSheet = workbook.getSheet(sheet.name());
                for (CellPosition position : sheet.uncomputed()) {
                    Cell cell = cellAt(poiSheet, position);
                    if (cell == null) {
                        sheet.put(position.row(), position.column(),
                                new CellValue.Error(UsermodelCellValues.NOT_COMPUTABLE));
                    } else {
                        values.computed(cell).ifPresent(value -> sheet.put(position.row(), position.column(), value));
                    }
                }
            }
        } finally {
            // revert, not close: close() would try to save the package
            readOnlyPackage.revert();
        }
    }

    private static Cell cellAt(XSSFSheet sheet, CellPosition position) {
        Row row = sheet == null ? null : sheet.getRow(position.row());
        return row == null ? null : row.getCell(position.column());
    }
}
