package vn.tonghop.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles of a template workbook, made once per workbook. Input cells are unlocked and light yellow, so that the
 * protected sheet leaves exactly them editable and the instructions can say "fill the yellow cells".
 */
final class TemplateStyles {

    static final String FONT = "Times New Roman";
    static final short FONT_POINTS = 12;
    private static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] PREFILLED_FILL = {(byte) 0xED, (byte) 0xED, (byte) 0xED};
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle header;
    final CellStyle text;
    final CellStyle note;
    final CellStyle centredNote;
    final CellStyle inputText;
    final CellStyle inputCount;
    final CellStyle inputDate;
    final CellStyle prefilled;
    final CellStyle rowNumber;
    final CellStyle computedCount;
    final CellStyle totalLabel;
    final CellStyle totalCount;

    TemplateStyles(XSSFWorkbook workbook) {
        XSSFFont regular = font(workbook, false, FONT_POINTS);
        XSSFFont bold = font(workbook, true, FONT_POINTS);
        short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        short countFormat = workbook.createDataFormat().getFormat("#,##0");

        title = plain(workbook, font(workbook, true, (short) 14), false);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = plain(workbook, bold, true);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        label = plain(workbook, regular, true);
        text = plain(workbook, regular, true);
        note = plain(workbook, font(workbook, false, (short) 11), true);
        centredNote = plain(workbook, font(workbook, false, (short) 11), true);
        centredNote.setAlignment(HorizontalAlignment.CENTER);
        header = bordered(workbook, bold, HEADER_FILL);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        inputText = input(workbook, regular);
        inputCount = input(workbook, regular);
        inputCount.setDataFormat(countFormat);
        inputDate = input(workbook, regular);
        inputDate.setDataFormat(dateFormat);
        prefilled = bordered(workbook, bold, PREFILLED_FILL);
        rowNumber = bordered(workbook, regular, null);
        rowNumber.setAlignment(HorizontalAlignment.CENTER);
        computedCount = bordered(workbook, regular, PREFILLED_FILL);
        computedCount.setDataFormat(countFormat);
        totalLabel = bordered(workbook, bold, PREFILLED_FILL);
        totalCount = bordered(workbook, bold, PREFILLED_FILL);
        totalCount.setDataFormat(countFormat);
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold, short points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle plain(XSSFWorkbook workbook, Font font, boolean wrap) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, Font font, byte[] fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(fill, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private static XSSFCellStyle input(XSSFWorkbook workbook, Font font) {
        XSSFCellStyle style = bordered(workbook, font, INPUT_FILL);
        style.setLocked(false);
        return style;
    }
}
