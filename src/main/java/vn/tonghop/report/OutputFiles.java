package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import vn.tonghop.report.draft.DraftReportWriter;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.OutputTexts;

/** The files every run writes into its output folder. */
public final class OutputFiles {

    public static final String CONSOLIDATED_WORKBOOK = "tong-hop.xlsx";
    public static final String EXCEPTION_REPORT = "bao-cao-loi.xlsx";
    public static final String SUMMARY = "summary.json";
    /** The draft of the committee's written report, for the clerk to complete and the head to sign. */
    public static final String DRAFT_REPORT = "bao-cao.docx";
    /** One workbook per unit with issues, to send back: {@code tra-lai/<unit code>.xlsx}. */
    public static final String RETURNS = ReturnWorkbooks.FOLDER;

    private final OutputTexts messages;

    public OutputFiles(OutputTexts messages) {
        this.messages = messages;
    }

    public void writeAll(OutputContents result, Path folder) throws IOException {
        new ConsolidatedWorkbookWriter(messages).write(result, folder.resolve(CONSOLIDATED_WORKBOOK));
        Map<Issue, String> links = new ReturnWorkbooks(messages).write(result, folder);
        new ExceptionReportWriter(messages).write(result, links, folder.resolve(EXCEPTION_REPORT));
        new SummaryJsonWriter(messages).write(result, folder.resolve(SUMMARY));
        new DraftReportWriter(messages).write(result.campaign(), result.consolidation(), result.startedAt(),
                folder.resolve(DRAFT_REPORT));
    }
}
