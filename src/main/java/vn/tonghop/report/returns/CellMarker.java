package vn.tonghop.report.returns;

import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/**
 * Marks an offending cell of a copied sheet: fills it (an error wins over a warning) and attaches one comment that
 * lists each of its issues by name, what the rule means and the value expected.
 */
final class CellMarker {

    /** Size of a comment box: columns wide, and rows tall per issue listed. */
    private static final int COMMENT_COLUMNS = 4;
    private static final int COMMENT_ROWS_PER_ISSUE = 3;

    private final OutputTexts messages;
    private final IssueFills fills;

    CellMarker(OutputTexts messages, IssueFills fills) {
        this.messages = messages;
        this.fills = fills;
    }

    /** Marks the cell at {@code address} (A1) of {@code sheet}, creating it when the unit left it empty. */
    void mark(XSSFSheet sheet, CellReference address, List<Issue> issues) {
        XSSFRow row = sheet.getRow(address.getRow()) != null ? sheet.getRow(address.getRow())
                : sheet.createRow(address.getRow());
        XSSFCell cell = row.getCell(address.getCol()) != null ? row.getCell(address.getCol())
                : row.createCell(address.getCol());
        boolean error = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        cell.setCellStyle(fills.filled(cell.getCellStyle(), error ? Severity.ERROR : Severity.WARNING));
        cell.setCellComment(comment(sheet, cell, issues));
    }

    private Comment comment(XSSFSheet sheet, XSSFCell cell, List<Issue> issues) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 1 + COMMENT_COLUMNS);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 1 + COMMENT_ROWS_PER_ISSUE * issues.size());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text(issues)));
        return comment;
    }

    private String text(List<Issue> issues) {
        StringBuilder text = new StringBuilder();
        for (Issue issue : issues) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(messages.format("tralai.comment.issue", messages.text("codeName." + issue.code().name()),
                    messages.severity(issue.severity()), messages.explanation(issue.code())));
            if (issue.expected() != null) {
                text.append('\n').append(messages.format("tralai.comment.expected", issue.expected()));
            }
        }
        return text.toString();
    }
}
