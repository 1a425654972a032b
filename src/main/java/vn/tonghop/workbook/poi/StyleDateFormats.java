package vn.tonghop.workbook.poi;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Tells whether a cell style of an .xlsx file formats numbers as dates; the answer is kept per style index. */
final class StyleDateFormats {

    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    /** @param styles the styles part, or null when the file has none (then every number is plain). */
    StyleDateFormats(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(int styleIndex) {
        return dateStyles.computeIfAbsent(styleIndex, this::lookUp);
    }

    private boolean lookUp(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        return style != null && CellValues.isDateFormat(style.getDataFormat(), style.getDataFormatString());
    }
}
