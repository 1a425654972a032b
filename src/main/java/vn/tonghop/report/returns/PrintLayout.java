package vn.tonghop.report.returns;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How a return workbook's sheets print: staff print them or send them as PDF, one page wide. */
final class PrintLayout {

    private PrintLayout() {
    }

    /** Landscape A4, all columns on one page, the header row repeated on every page. */
    static void landscapeOnePageWide(Sheet sheet, int headerRow) {
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
    static int linesNeeded(String text, int widthInCharacters) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() * 1.1 / Math.max(1, widthInCharacters - 1)));
        }
        return lines;
    }
}
