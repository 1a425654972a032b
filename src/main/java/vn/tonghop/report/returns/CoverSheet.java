package vn.tonghop.report.returns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.tonghop.report.layout.CellTexts;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/**
 * The first sheet of a return workbook: a title, what to do, the files that could not be copied, and the table of
 * issues. The cell of an issue links to the marked cell of the copied sheet.
 */
final class CoverSheet {

    private static final String[] COLUMNS = {"no", "file", "sheet", "cell", "code", "codeName", "severity", "message",
        "found", "expected"};
    /** Widths in characters: the list prints one page wide on A4 landscape with its text at 8 points or more. */
    private static final int[] WIDTHS = {5, 22, 10, 6, 21, 20, 9, 50, 12, 14};
    private static final int MESSAGE_COLUMN = 7;
    /** Lines of text the instruction row is tall enough for. */
    private static final int INSTRUCTION_LINES = 3;

    private final XSSFSheet sheet;
    private final OutputTexts messages;
    private final IssueFills fills;
    private final CellStyle title;
    private final CellStyle wrapped;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle note;
    private final CellStyle link;
    private int nextRow;

    CoverSheet(XSSFSheet sheet, OutputTexts messages, IssueFills fills) {
        this.sheet = sheet;
        this.messages = messages;
        this.fills = fills;
        // the output workbooks' styles; the lines above the table keep the workbook's default style
        WorkbookStyles styles = new WorkbookStyles(sheet.getWorkbook());
        title = styles.title;
        wrapped = styles.wrapped;
        header = styles.header;
        text = styles.wrapped;
        note = sheet.getWorkbook().getCellStyleAt(0);
        link = styles.link;
    }

    /**
     * Writes the sheet.
     *
     * @param issues    every issue, in the order to list them
     * @param cellLinks where each issue that has a marked cell is, as a hyperlink address
     * @param notCopied the files received that have no copied sheet
     * @return for each issue, its link address, or the address of its row here when it has no marked cell
     */
    Map<Issue, String> write(String heading, List<ReturnedIssue> issues, Map<Issue, String> cellLinks,
            List<String> notCopied) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        line(messages.format("tralai.title", heading), title);
        XSSFRow instruction = line(messages.text("tralai.instruction"), wrapped);
        instruction.setHeightInPoints(INSTRUCTION_LINES * sheet.getDefaultRowHeightInPoints());
        sheet.addMergedRegion(new CellRangeAddress(instruction.getRowNum(), instruction.getRowNum(), 0,
                COLUMNS.length - 1));
        long errors = issues.stream().filter(r -> r.issue().severity() == Severity.ERROR).count();
        line(messages.format("tralai.counts", errors, issues.size() - errors), note);
        for (String file : notCopied) {
            line(messages.format("tralai.notCopied", file), note);
        }
        nextRow++;
        XSSFRow headerRow = sheet.createRow(nextRow++);
        for (int c = 0; c < COLUMNS.length; c++) {
            cell(headerRow, c, messages.text("tralai.col." + COLUMNS[c]), header);
        }
        sheet.createFreezePane(0, nextRow);
        Map<Issue, String> locations = new HashMap<>();
        int number = 0;
        for (ReturnedIssue returned : issues) {
            Issue issue = returned.issue();
            XSSFRow row = sheet.createRow(nextRow++);
            XSSFCell no = row.createCell(0);
            no.setCellValue(++number);
            no.setCellStyle(text);
            cell(row, 1, returned.file().name(), text);
            cell(row, 2, issue.sheet(), text);
            XSSFCell cell = cell(row, 3, issue.cell(), text);
            // the stable code beside its name in the reader's language
            cell(row, 4, issue.code().name(), text);
            cell(row, 5, messages.text("codeName." + issue.code().name()), text);
            cell(row, 6, messages.severity(issue.severity()), fills.plain(issue.severity()));
            cell(row, MESSAGE_COLUMN, messages.message(issue), text);
            cell(row, 8, messages.found(issue), text);
            cell(row, 9, issue.expected(), text);
            fitHeight(row);
            String target = cellLinks.get(issue);
            if (target != null && cell != null) {
                XSSFHyperlink hyperlink = sheet.getWorkbook().getCreationHelper()
                        .createHyperlink(HyperlinkType.DOCUMENT);
                hyperlink.setAddress(target);
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
                locations.putIfAbsent(issue, target);
            } else {
                locations.putIfAbsent(issue, SheetNames.reference(sheet.getSheetName(), no.getAddress().formatAsString()));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(headerRow.getRowNum(), Math.max(headerRow.getRowNum(), nextRow - 1),
                0, COLUMNS.length - 1));
        SheetLayout.list(sheet, COLUMNS.length - 1, headerRow.getRowNum(), headerRow.getRowNum(), 0);
        return locations;
    }

    /**
     * Excel does not grow a row for wrapped text in a file it did not write itself, so the row is made tall enough
     * for its longest text, estimated from the column widths.
     */
    private void fitHeight(XSSFRow row) {
        int lines = 1;
        for (int c = 0; c < WIDTHS.length; c++) {
            XSSFCell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, SheetLayout.linesNeeded(cell.getStringCellValue(), WIDTHS[c]));
            }
        }
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
    }

    private XSSFRow line(String value, CellStyle style) {
        XSSFRow row = sheet.createRow(nextRow++);
        cell(row, 0, value, style);
        return row;
    }

    private static XSSFCell cell(XSSFRow row, int column, String value, CellStyle style) {
        if (value == null) {
            return null;
        }
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(CellTexts.fit(value));
        cell.setCellStyle(style);
        return cell;
    }
}
