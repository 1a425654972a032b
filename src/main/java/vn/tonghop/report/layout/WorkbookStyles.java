package vn.tonghop.report.layout;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The handful of cell styles of an output workbook, created once per workbook (Excel caps their number). */
public final class WorkbookStyles {

    public static final String COUNT_FORMAT = "#,##0";
    public static final String RATE_FORMAT = "0.00%";
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String TIME_FORMAT = "dd/mm/yyyy hh:mm";
    public static final short TITLE_POINTS = 14;

    public final CellStyle title;
    public final CellStyle wrappedTitle;
    public final CellStyle subtitle;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle wrapped;
    public final CellStyle bold;
    public final CellStyle count;
    public final CellStyle boldCount;
    public final CellStyle rate;
    public final CellStyle boldRate;
    public final CellStyle date;
    public final CellStyle time;
    public final CellStyle error;
    public final CellStyle warning;
    public final CellStyle link;

    public WorkbookStyles(Workbook workbook) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints(TITLE_POINTS);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        wrappedTitle = workbook.createCellStyle();
        wrappedTitle.setFont(titleFont);
        wrappedTitle.setWrapText(true);
        wrappedTitle.setVerticalAlignment(VerticalAlignment.TOP);
        subtitle = workbook.createCellStyle();
        subtitle.setFont(boldFont);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);

        short countFormat = workbook.createDataFormat().getFormat(COUNT_FORMAT);
        short rateFormat = workbook.createDataFormat().getFormat(RATE_FORMAT);
        count = numberStyle(workbook, countFormat, null);
        boldCount = numberStyle(workbook, countFormat, boldFont);
        rate = numberStyle(workbook, rateFormat, null);
        boldRate = numberStyle(workbook, rateFormat, boldFont);
        date = numberStyle(workbook, workbook.createDataFormat().getFormat(DATE_FORMAT), null);
        time = numberStyle(workbook, workbook.createDataFormat().getFormat(TIME_FORMAT), null);

        Font linkFont = workbook.createFont();
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(linkFont);
        link.setWrapText(true);
        link.setVerticalAlignment(VerticalAlignment.TOP);

        error = filled(workbook, IndexedColors.ROSE);
        warning = filled(workbook, IndexedColors.LIGHT_YELLOW);
    }

    private static CellStyle numberStyle(Workbook workbook, short format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        // level with the texts, which sit at the top of a row made taller by a wrapped one
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static CellStyle filled(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
