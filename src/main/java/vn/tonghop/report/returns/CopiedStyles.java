package vn.tonghop.report.returns;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles of one submitted workbook recreated in the return workbook, one target style per source style (Excel
 * caps the number of styles, so never one per cell). An .xlsx style is cloned whole; an .xls style is rebuilt from
 * what the unit sees: number format, font, alignment, wrapping, borders and fill.
 */
final class CopiedStyles {

    private final Workbook source;
    private final XSSFWorkbook target;
    private final Map<Integer, XSSFCellStyle> styles = new HashMap<>();
    private final Map<Integer, XSSFFont> fonts = new HashMap<>();

    CopiedStyles(Workbook source, XSSFWorkbook target) {
        this.source = source;
        this.target = target;
    }

    XSSFCellStyle copyOf(CellStyle style) {
        return styles.computeIfAbsent(style.getIndex() & 0xFFFF, index -> create(style));
    }

    private XSSFCellStyle create(CellStyle original) {
        XSSFCellStyle style = target.createCellStyle();
        if (original instanceof XSSFCellStyle xssf) {
            style.cloneStyleFrom(xssf);
            // the clone keeps its parent named-style index, which means nothing in this workbook: use "Normal"
            style.getCoreXf().setXfId(0);
        } else {
            rebuild((HSSFCellStyle) original, style);
        }
        return style;
    }

    private void rebuild(HSSFCellStyle original, XSSFCellStyle style) {
        HSSFWorkbook workbook = (HSSFWorkbook) source;
        style.setDataFormat(target.createDataFormat().getFormat(original.getDataFormatString()));
        style.setFont(fonts.computeIfAbsent(original.getFontIndex(), i -> font(workbook.getFontAt(i), workbook)));
        style.setAlignment(original.getAlignment());
        style.setVerticalAlignment(original.getVerticalAlignment());
        style.setWrapText(original.getWrapText());
        style.setIndention(original.getIndention());
        style.setRotation(original.getRotation());
        style.setBorderTop(original.getBorderTop());
        style.setBorderBottom(original.getBorderBottom());
        style.setBorderLeft(original.getBorderLeft());
        style.setBorderRight(original.getBorderRight());
        if (original.getFillPattern() != FillPatternType.NO_FILL) {
            style.setFillPattern(original.getFillPattern());
            XSSFColor color = rgb(original.getFillForegroundColorColor());
            if (color != null) {
                style.setFillForegroundColor(color);
            }
        }
    }

    private XSSFFont font(HSSFFont original, HSSFWorkbook workbook) {
        XSSFFont font = target.createFont();
        font.setFontName(original.getFontName());
        font.setFontHeight(original.getFontHeight());
        font.setBold(original.getBold());
        font.setItalic(original.getItalic());
        font.setUnderline(original.getUnderline());
        font.setStrikeout(original.getStrikeout());
        XSSFColor color = rgb(original.getHSSFColor(workbook));
        if (color != null) {
            font.setColor(color);
        }
        return font;
    }

    /** An .xls palette colour as the RGB it shows; null for "automatic". */
    private XSSFColor rgb(org.apache.poi.ss.usermodel.Color color) {
        if (!(color instanceof HSSFColor hssf) || hssf.getIndex() == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
            return null;
        }
        short[] triplet = hssf.getTriplet();
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) triplet[0], (byte) triplet[1], (byte) triplet[2]}, null);
    }
}
