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
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

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
            copy(xssf, style);
        } else {
            rebuild((HSSFCellStyle) original, style);
        }
        return style;
    }

    /**
     * An .xlsx style copied whole, as POI's {@code cloneStyleFrom} copies one of another workbook (the style record
     * with its alignment and protection, number format, font, fill and border), but with XMLBeans' deep copies where
     * POI writes each part out as XML text and parses it back: that round trip was two thirds of copying a submitted
     * sheet. The copy keeps no parent named style, which would mean nothing here: its cells are "Normal".
     */
    private void copy(XSSFCellStyle original, XSSFCellStyle style) {
        StylesTable from = ((XSSFWorkbook) source).getStylesSource();
        StylesTable to = target.getStylesSource();
        CTXf originalXf = original.getCoreXf();
        CTXf xf = style.getCoreXf();
        xf.set(originalXf);
        CTFill fill = !originalXf.isSetApplyFill() || originalXf.getApplyFill()
                ? (CTFill) from.getFillAt(Math.toIntExact(originalXf.getFillId())).getCTFill().copy()
                : CTFill.Factory.newInstance();
        xf.setFillId(to.putFill(new XSSFCellFill(fill, to.getIndexedColors())));
        xf.setApplyFill(true);
        CTBorder border = originalXf.getApplyBorder()
                ? (CTBorder) from.getBorderAt(Math.toIntExact(originalXf.getBorderId())).getCTBorder().copy()
                : CTBorder.Factory.newInstance();
        xf.setBorderId(to.putBorder(new XSSFCellBorder(border, to.getTheme(), to.getIndexedColors())));
        xf.setApplyBorder(true);
        style.setDataFormat(target.createDataFormat().getFormat(original.getDataFormatString()));
        XSSFFont font = new XSSFFont((CTFont) original.getFont().getCTFont().copy());
        font.registerTo(to);
        style.setFont(font);
        xf.setXfId(0);
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
