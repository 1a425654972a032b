package vn.tonghop.report.layout;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the output sheets print and fit their text: staff print them or send them as PDF, one page wide. */
public final class SheetLayout {

    private SheetLayout() {
    }

    /** Landscape A4, all columns on one page, the header row (if not negative) repeated on every page. */
    public static void landscapeOnePageWide(Sheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /** Lines a text takes when wrapped in a column this many characters wide (a generous estimate). */
    public static int linesNeeded(String text, int widthInCharacters) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / Math.max(1, widthInCharacters - 1)));
        }
        return lines;
    }
}
