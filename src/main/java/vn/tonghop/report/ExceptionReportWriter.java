package vn.tonghop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.StreamedWorkbook;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/**
 * Writes {@code bao-cao-loi.xlsx}: every issue of the run, errors first, then by unit, file and cell, with a plain
 * sentence saying what is wrong and what to do; and the units that have not reported.
 */
public final class ExceptionReportWriter {

    private static final String[] ISSUE_COLUMNS = {"no", "unit", "unitName", "file", "sheet", "cell", "code",
        "codeName", "severity", "message", "found", "expected"};
    /** Widths in characters: the list prints one page wide on A4 landscape with its text at 8 points or more. */
    private static final int[] ISSUE_WIDTHS = {5, 9, 18, 20, 10, 6, 21, 20, 9, 46, 12, 14};
    private static final int MESSAGE_COLUMN = 9;
    /** The unit's code and name are repeated on every page across when the list is spread over pages. */
    private static final int KEY_COLUMNS = 3;

    private final OutputTexts messages;

    public ExceptionReportWriter(OutputTexts messages) {
        this.messages = messages;
    }

    public void write(OutputContents result, Path file) throws IOException {
        write(result, Map.of(), file);
    }

    /**
     * @param links for issues that have one, where in the unit's return workbook the issue is shown, as a link
     *              relative to the exception report ({@code tra-lai/DV079.xlsx#'Báo cáo'!F14})
     */
    public void write(OutputContents result, Map<Issue, String> links, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new StreamedWorkbook(200)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            PageHeading heading = PageHeadings.of(result.campaign(), messages);
            new ExceptionSummarySheet(messages, styles).write(result,
                    new SheetWriter(workbook.createSheet(messages.text("loi.sheet.summary")), styles, heading));
            writeIssues(result, links, new SheetWriter(workbook.createSheet(messages.text("loi.sheet.issues")),
                    styles, heading), styles);
            writeMissing(result, new SheetWriter(workbook.createSheet(messages.text("loi.sheet.missing")), styles,
                    heading));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private void writeIssues(OutputContents result, Map<Issue, String> links, SheetWriter sheet, WorkbookStyles styles) {
        Map<String, ReportingUnit> units = result.campaign().unitsByCode();
        sheet.widths(ISSUE_WIDTHS);
        sheet.title(messages.text("loi.issues.title"));
        sheet.nextRow().header(labels("loi.col.", ISSUE_COLUMNS));
        int number = 0;
        for (Issue issue : result.issues()) {
            ReportingUnit unit = issue.unit() == null ? null : units.get(issue.unit());
            sheet.nextRow();
            sheet.count(0, ++number);
            sheet.text(1, issue.unit());
            sheet.wrapped(2, unit == null ? null : unit.name());
            sheet.wrapped(3, issue.file());
            sheet.wrapped(4, issue.sheet());
            // the link sits on the cell address, not on the sentence: some viewers do not wrap a linked text
            if (links.get(issue) == null) {
                sheet.text(5, issue.cell());
            } else {
                sheet.link(5, issue.cell() == null ? messages.text("loi.link.open") : issue.cell(), links.get(issue));
            }
            // the stable code, for filtering, beside its name in the reader's language
            sheet.text(6, issue.code().name());
            sheet.wrapped(7, messages.text("codeName." + issue.code().name()));
            sheet.text(8, messages.severity(issue.severity()),
                    issue.severity() == Severity.ERROR ? styles.error : styles.warning);
            String message = messages.message(issue);
            sheet.text(MESSAGE_COLUMN, message, styles.wrapped);
            sheet.fitLines(message, ISSUE_WIDTHS[MESSAGE_COLUMN]);
            sheet.wrapped(10, messages.found(issue));
            sheet.wrapped(11, issue.expected());
        }
        sheet.filterTable(ISSUE_COLUMNS.length - 1);
        sheet.printAsList(ISSUE_COLUMNS.length - 1, KEY_COLUMNS);
    }

    private void writeMissing(OutputContents result, SheetWriter sheet) {
        String[] columns = {"code", "name", "pilot", "status", "lastFile", "lastFileStatus"};
        sheet.widths(10, 44, 10, 16, 40, 16);
        sheet.title(messages.text("loi.missing.title"));
        sheet.nextRow().header(labels("loi.missing.col.", columns));
        for (UnitLine line : result.consolidation().units()) {
            if (line.status() == UnitStatus.REPORTED) {
                continue;
            }
            sheet.nextRow();
            sheet.text(0, line.unit().code());
            sheet.text(1, line.unit().name());
            sheet.text(2, messages.text(line.unit().pilot() ? "yes" : "no"));
            sheet.text(3, messages.text("unitStatus." + line.status().name()));
            sheet.wrapped(4, line.lastFile());
            sheet.text(5, line.lastFileStatus() == null ? null
                    : messages.text("fileStatus." + line.lastFileStatus().name()));
        }
        sheet.filterTable(columns.length - 1);
        sheet.printAsList(columns.length - 1, 2);
    }

    private String[] labels(String prefix, String[] keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            labels[i] = messages.text(prefix + keys[i]);
        }
        return labels;
    }
}
