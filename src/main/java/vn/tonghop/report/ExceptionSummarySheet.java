package vn.tonghop.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.consolidation.UnitLine;
import vn.tonghop.consolidation.UnitStatus;
import vn.tonghop.intake.IgnoredFile;
import vn.tonghop.report.layout.WorkbookStyles;
import vn.tonghop.staging.FileCounts;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.Severity;

/**
 * The first sheet of the exception report ("Tóm tắt"): what staff need to decide who to call, in one screen. The run's
 * file counts with the documents that were not read, issues by severity, by code and by unit, with each unit's last
 * file, when it came and its status.
 */
final class ExceptionSummarySheet {

    /** Column A: the labels of the counts, then codes and unit codes; longer labels wrap. */
    private static final int LABEL_WIDTH = 40;
    /** Column B: each code's one-line explanation, which wraps when longer. */
    private static final int MEANING_WIDTH = 54;

    private final OutputTexts messages;
    private final WorkbookStyles styles;

    ExceptionSummarySheet(OutputTexts messages, WorkbookStyles styles) {
        this.messages = messages;
        this.styles = styles;
    }

    void write(OutputContents result, SheetWriter sheet) {
        sheet.widths(LABEL_WIDTH, MEANING_WIDTH, 12, 12, 40, 17, 16);
        sheet.nextRow().text(0, messages.format("loi.summary.title", result.campaign().title()), styles.title);
        sheet.nextRow().text(0, messages.format("loi.summary.run", result.runId(), result.campaign().period()));

        FileCounts files = result.files();
        section(sheet, "loi.summary.files", "loi.summary.col.count");
        countRow(sheet, "loi.summary.files.seen", files.seen());
        countRow(sheet, "loi.summary.files.read", files.read());
        countRow(sheet, "loi.summary.files.reused", files.reused());
        countRow(sheet, "loi.summary.files.accepted", files.accepted());
        countRow(sheet, "loi.summary.files.rejected", files.rejected());
        countRow(sheet, "loi.summary.files.ignored", files.ignored());
        // named, for a unit may have sent an .ods, a PDF or a Word file instead of its report
        for (IgnoredFile document : result.otherDocuments()) {
            wrappedLabel(sheet.nextRow(), messages.text("loi.summary.files.ignored." + document.reason().name()));
            sheet.text(1, document.name());
        }

        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<IssueCode, Long> byCode = new EnumMap<>(IssueCode.class);
        for (Issue issue : result.issues()) {
            bySeverity.merge(issue.severity(), 1L, Long::sum);
            byCode.merge(issue.code(), 1L, Long::sum);
        }
        section(sheet, "loi.summary.bySeverity", "loi.summary.col.count");
        for (Severity severity : Severity.values()) {
            sheet.nextRow().text(0, messages.severity(severity));
            sheet.count(1, bySeverity.getOrDefault(severity, 0L));
        }

        sheet.nextRow(1).text(0, messages.text("loi.summary.byCode"), styles.subtitle);
        sheet.nextRow().sectionHeader(messages.text("loi.col.codeName"), messages.text("loi.summary.col.meaning"),
                messages.text("loi.summary.col.count"), messages.text("loi.col.severity"), messages.text("loi.col.code"));
        byCode.forEach((code, count) -> {
            // the name in the reader's language first; the stable code, as summary.json gives it, last
            sheet.nextRow().text(0, messages.text("codeName." + code.name()));
            sheet.text(4, code.name());
            String meaning = messages.explanation(code);
            sheet.text(1, meaning, styles.wrapped);
            sheet.fitLines(meaning, MEANING_WIDTH);
            sheet.count(2, count);
            sheet.text(3, messages.severity(code.severity()),
                    code.severity() == Severity.ERROR ? styles.error : styles.warning);
        });

        writeUnits(result, sheet);
    }

    private void writeUnits(OutputContents result, SheetWriter sheet) {
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        for (Issue issue : result.issues()) {
            if (issue.unit() != null) {
                byUnit.computeIfAbsent(issue.unit(), u -> new long[2])[issue.severity().ordinal()]++;
            }
        }
        List<String> newestRejected = result.issues().stream()
                .filter(i -> i.code() == IssueCode.NEWER_REJECTED).map(Issue::unit).distinct().toList();

        sheet.nextRow(1).text(0, messages.text("loi.summary.byUnit"), styles.subtitle);
        sheet.nextRow().sectionHeader(messages.text("loi.col.unit"), messages.text("loi.col.unitName"),
                messages.text("loi.summary.col.errors"), messages.text("loi.summary.col.warnings"),
                messages.text("loi.missing.col.lastFile"), messages.text("loi.summary.col.received"),
                messages.text("loi.missing.col.status"));
        for (UnitLine line : result.consolidation().units()) {
            long[] counts = byUnit.getOrDefault(line.unit().code(), new long[2]);
            sheet.nextRow().text(0, line.unit().code());
            sheet.text(1, line.unit().name());
            sheet.count(2, counts[Severity.ERROR.ordinal()]);
            sheet.count(3, counts[Severity.WARNING.ordinal()]);
            sheet.wrapped(4, line.lastFile());
            sheet.time(5, line.lastReceived());
            sheet.text(6, unitStatus(line, newestRejected.contains(line.unit().code())));
        }
        sheet.filterTable(6);
        // the sheet opens with counts above the list of units: no header row to repeat from the first page on
        sheet.printAsPlainList(6);
    }

    /** Reported, rejected or missing; a unit counted from an older file while its newest was rejected says so. */
    private String unitStatus(UnitLine line, boolean newestRejected) {
        if (line.status() == UnitStatus.REPORTED && newestRejected) {
            return messages.text("loi.summary.status.newestRejected");
        }
        return messages.text("unitStatus." + line.status().name());
    }

    private void section(SheetWriter sheet, String titleKey, String valueKey) {
        sheet.nextRow(1).text(0, messages.text(titleKey), styles.subtitle);
        sheet.nextRow().text(0, "", styles.header);
        sheet.text(1, messages.text(valueKey), styles.header);
    }

    private void countRow(SheetWriter sheet, String labelKey, long value) {
        wrappedLabel(sheet.nextRow(), messages.text(labelKey));
        sheet.count(1, value);
    }

    /** A label of column A on the current row, wrapped onto more lines than one when it is longer than the column. */
    private void wrappedLabel(SheetWriter sheet, String label) {
        sheet.text(0, label, styles.wrapped);
        sheet.fitLines(label, LABEL_WIDTH);
    }
}
