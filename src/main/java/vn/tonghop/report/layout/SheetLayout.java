package vn.tonghop.report.layout;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the output sheets print on A4: staff print them or send them as PDF. A list is printed one page wide only when
 * its text stays readable (at least {@link #MIN_PRINTED_POINTS}); otherwise it spreads over several pages at full
 * size, its header row (and key columns) repeated on each. Every page carries a running header and page numbers.
 */
public final class SheetLayout {

    /** The smallest printed text size staff can read comfortably. */
    public static final double MIN_PRINTED_POINTS = 8;

    private static final double A4_SHORT_SIDE_POINTS = 595.3;
    private static final double A4_LONG_SIDE_POINTS = 841.9;
    private static final double SIDE_MARGIN_INCHES = 0.5;
    private static final double TOP_BOTTOM_MARGIN_INCHES = 0.75;
    private static final double HEADER_FOOTER_MARGIN_INCHES = 0.3;
    /** Width in pixels of one character of Excel's column width unit (the digit width of the default Calibri 11). */
    private static final double PIXELS_PER_CHARACTER = 7;
    private static final double POINTS_PER_PIXEL = 0.75;
    /** Excel prints at no less than 10% when fitting to pages. */
    private static final int MIN_EXCEL_SCALE = 10;

    /** Header and footer fields Excel fills in when printing: the sheet's name, the page, the number of pages. */
    static final String SHEET_NAME_FIELD = "&A";
    static final String PAGE_FIELD = "&P";
    static final String PAGES_FIELD = "&N";

    private SheetLayout() {
    }

    /**
     * A4 with the project's margins, the running header (left: the campaign, right: the cut-off date) and the footer
     * (left: the sheet, right: "page P of N" in the reader's language, written with {@code {0}} for the page and
     * {@code {1}} for the number of pages).
     */
    public static void runningHeader(Sheet sheet, PageHeading heading) {
        a4(sheet);
        Header header = sheet.getHeader();
        header.setLeft(escaped(heading.left()));
        header.setRight(escaped(heading.right()));
        Footer footer = sheet.getFooter();
        footer.setLeft(SHEET_NAME_FIELD);
        footer.setRight(escaped(heading.pageOfPages()).replace("{0}", PAGE_FIELD)
                .replace("{1}", PAGES_FIELD));
    }

    /**
     * A list: landscape; all columns up to {@code lastColumn} on one page wide when that keeps the text at least
     * {@link #MIN_PRINTED_POINTS}, otherwise printed at full size over as many pages as it takes, the first
     * {@code repeatedColumns} columns repeated on each page across. The header rows are repeated on every page.
     */
    public static void list(Sheet sheet, int lastColumn, int headerFirstRow, int headerLastRow, int repeatedColumns) {
        a4(sheet);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        double scale = Math.min(1, printableWidth(sheet) / contentWidth(sheet, lastColumn));
        if (bodyPoints(sheet) * wholePercent(scale) / 100 >= MIN_PRINTED_POINTS) {
            sheet.setFitToPage(true);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
        } else {
            // fitting would shrink the text below readable: spread over pages, the rows' keys on each of them
            sheet.setFitToPage(false);
            setup.setScale((short) 100);
            if (repeatedColumns > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
            }
        }
        if (headerFirstRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerFirstRow, headerLastRow, -1, -1));
        }
    }

    /**
     * A sheet printed on exactly one page: portrait or landscape, whichever prints the columns up to
     * {@code lastColumn} and the rows up to {@code lastRow} larger.
     */
    public static void onePage(Sheet sheet, int lastColumn, int lastRow) {
        a4(sheet);
        PrintSetup setup = sheet.getPrintSetup();
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 1);
        setup.setLandscape(false);
        double portrait = printedPoints(sheet, lastColumn, lastRow);
        setup.setLandscape(true);
        double landscape = printedPoints(sheet, lastColumn, lastRow);
        setup.setLandscape(landscape > portrait);
    }

    /**
     * The size the sheet's body text prints at, from its print settings and the widths of its columns (and, when
     * fitted to a number of pages tall, the heights of its rows up to {@code lastRow}): what a reader gets on paper.
     */
    public static double printedPoints(Sheet sheet, int lastColumn, int lastRow) {
        PrintSetup setup = sheet.getPrintSetup();
        if (!sheet.getFitToPage()) {
            int scale = setup.getScale() <= 0 ? 100 : setup.getScale();
            return bodyPoints(sheet) * scale / 100;
        }
        double scale = 1;
        if (setup.getFitWidth() > 0) {
            scale = Math.min(scale, printableWidth(sheet) * setup.getFitWidth() / contentWidth(sheet, lastColumn));
        }
        if (setup.getFitHeight() > 0) {
            scale = Math.min(scale, printableHeight(sheet) * setup.getFitHeight() / contentHeight(sheet, lastRow));
        }
        return bodyPoints(sheet) * wholePercent(scale) / 100;
    }

    /** Width in points of the columns from A to {@code lastColumn} as Excel prints them at 100%. */
    public static double contentWidth(Sheet sheet, int lastColumn) {
        double points = 0;
        for (int c = 0; c <= lastColumn; c++) {
            if (!sheet.isColumnHidden(c)) {
                points += sheet.getColumnWidth(c) / 256.0 * PIXELS_PER_CHARACTER * POINTS_PER_PIXEL;
            }
        }
        return points;
    }

    /** Lines a text takes when wrapped in a column this many characters wide (a generous estimate). */
    public static int linesNeeded(String text, int widthInCharacters) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / Math.max(1, widthInCharacters - 1)));
        }
        return lines;
    }

    /** A4 paper and the margins every output prints with (the scale computed here depends on them). */
    private static void a4(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, TOP_BOTTOM_MARGIN_INCHES);
        sheet.setMargin(PageMargin.BOTTOM, TOP_BOTTOM_MARGIN_INCHES);
        sheet.setMargin(PageMargin.HEADER, HEADER_FOOTER_MARGIN_INCHES);
        sheet.setMargin(PageMargin.FOOTER, HEADER_FOOTER_MARGIN_INCHES);
    }

    private static double contentHeight(Sheet sheet, int lastRow) {
        double points = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            points += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return points;
    }

    private static double printableWidth(Sheet sheet) {
        double paper = sheet.getPrintSetup().getLandscape() ? A4_LONG_SIDE_POINTS : A4_SHORT_SIDE_POINTS;
        return paper - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
    }

    private static double printableHeight(Sheet sheet) {
        double paper = sheet.getPrintSetup().getLandscape() ? A4_SHORT_SIDE_POINTS : A4_LONG_SIDE_POINTS;
        return paper - 72 * (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM));
    }

    /** Excel fits with a whole percentage, rounded down, and never below 10%. */
    private static int wholePercent(double scale) {
        return Math.max(MIN_EXCEL_SCALE, (int) Math.floor(scale * 100));
    }

    /** The size of the sheet's ordinary text: the workbook's default font. */
    private static double bodyPoints(Sheet sheet) {
        return sheet.getWorkbook().getFontAt(0).getFontHeightInPoints();
    }

    /** A literal '&' in a header is written '&&'; a single one would start a field code. */
    private static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
