package vn.tonghop.report.returns;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tonghop.vocabulary.Severity;

/**
 * The fills that mark offending cells: red for an error, yellow for a warning. A marked cell keeps the rest of its
 * style (number format, font, borders), so one filled style is made per (style, severity) pair, never per cell.
 */
final class IssueFills {

    /** Light red and light yellow, as Excel's own "Bad" and "Neutral" styles: marked, yet readable. */
    static final byte[] ERROR_RGB = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    static final byte[] WARNING_RGB = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};
    private static final byte OPAQUE = (byte) 0xFF;

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> filled = new HashMap<>();

    IssueFills(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    static byte[] rgb(Severity severity) {
        return (severity == Severity.ERROR ? ERROR_RGB : WARNING_RGB).clone();
    }

    /** {@code style} with the severity's fill. */
    XSSFCellStyle filled(CellStyle style, Severity severity) {
        return filled.computeIfAbsent(style.getIndex() + "/" + severity, key -> {
            XSSFCellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            byte[] rgb = rgb(severity);
            // written as ARGB, the form Excel itself writes
            copy.setFillForegroundColor(new XSSFColor(new byte[] {OPAQUE, rgb[0], rgb[1], rgb[2]}, null));
            return copy;
        });
    }

    /** A plain style with the severity's fill, for the severity column of the first sheet. */
    XSSFCellStyle plain(Severity severity) {
        return filled(workbook.getCellStyleAt(0), severity);
    }
}
