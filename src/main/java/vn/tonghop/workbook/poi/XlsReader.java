package vn.tonghop.workbook.poi;

import vn.tonghop.workbook.UnreadableReason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import vn.tonghop.workbook.CellValue;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.SheetVisibility;
import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.Workbook;

/** Reads OLE2 files: Excel 97-2003 .xls, and recognises the password-protected .xlsx that Excel also stores as OLE2. */
final class XlsReader {

    /** Where Excel puts the password data of an encrypted .xlsx inside its OLE2 container. */
    private static final String OOXML_ENCRYPTION_ENTRY = "EncryptionInfo";

    Workbook read(Path file) throws UnreadableWorkbookException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            checkIsExcel97Workbook(file, root);
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                return toWorkbook(file, workbook);
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.ENCRYPTED, e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException(file, UnreadableReason.TOO_OLD, e);
        } catch (IOException | RuntimeException e) {
            // damaged records surface as assorted runtime exceptions from POI
            throw new UnreadableWorkbookException(file, UnreadableReason.CORRUPT, e);
        }
    }

    private static void checkIsExcel97Workbook(Path file, DirectoryNode root) throws UnreadableWorkbookException {
        if (root.hasEntry(OOXML_ENCRYPTION_ENTRY)) {
            throw new UnreadableWorkbookException(file, UnreadableReason.ENCRYPTED, null);
        }
        if (hasEntryIgnoringCase(root, "Workbook")) {
            return;
        }
        // Excel 5/95 named the stream "Book"; Word and other OLE2 documents have neither
        UnreadableReason reason = hasEntryIgnoringCase(root, "Book") ? UnreadableReason.TOO_OLD
                : UnreadableReason.NOT_A_SPREADSHEET;
        throw new UnreadableWorkbookException(file, reason, null);
    }

    private static boolean hasEntryIgnoringCase(DirectoryNode root, String name) {
        for (Entry entry : root) {
            if (entry.getName().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Workbook toWorkbook(Path file, HSSFWorkbook workbook) {
        UsermodelCellValues values = new UsermodelCellValues(
                workbook.getCreationHelper().createFormulaEvaluator(),
                workbook.getInternalWorkbook().isUsing1904DateWindowing());
        List<Sheet> sheets = new ArrayList<>(workbook.getNumberOfSheets());
        for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
            SheetCells cells = new SheetCells(workbook.getSheetName(index), visibility(workbook, index));
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(index);
            sheet.getMergedRegions().forEach(area -> cells.merge(area.getFirstRow(), area.getLastRow(),
                    area.getFirstColumn(), area.getLastColumn()));
            for (Row row : sheet) {
                if (row.getZeroHeight()) {
                    cells.hideRow(row.getRowNum());
                }
                for (Cell cell : row) {
                    values.stored(cell).ifPresent(value -> {
                        cells.put(cell.getRowIndex(), cell.getColumnIndex(), value);
                        if (value instanceof CellValue.Text) {
                            cells.font(cell.getRowIndex(), cell.getColumnIndex(),
                                    workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName());
                        }
                    });
                }
            }
            sheets.add(cells.toSheet());
        }
        return new Workbook(file, sheets);
    }

    private static SheetVisibility visibility(HSSFWorkbook workbook, int index) {
        if (workbook.isSheetVeryHidden(index)) {
            return SheetVisibility.VERY_HIDDEN;
        }
        return workbook.isSheetHidden(index) ? SheetVisibility.HIDDEN : SheetVisibility.VISIBLE;
    }
}
