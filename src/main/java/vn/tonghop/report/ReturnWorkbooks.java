package vn.tonghop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.returns.ReturnWorkbook;
import vn.tonghop.report.returns.ReturnWorkbookWriter;
import vn.tonghop.report.returns.ReturnedFile;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.OutputTexts;

/**
 * Writes {@code tra-lai/<unit>.xlsx} for every unit that sent a file with something to fix (a file read without a
 * unit code is returned under its own name) and says, for each issue of those units, where the exception report
 * should link to. A unit whose only issue is that a newer file of its own replaced an older one has nothing to do,
 * and a unit that sent nothing has nothing to send back: both are listed in the exception report only.
 */
final class ReturnWorkbooks {

    static final String FOLDER = "tra-lai";

    private final OutputTexts messages;

    ReturnWorkbooks(OutputTexts messages) {
        this.messages = messages;
    }

    /**
     * The return workbooks to write, named in the order of the issues (so a name clash is resolved the same way in
     * every run); each is written by {@link Planned#write}, independently of the others.
     */
    List<Planned> plan(OutputContents result) {
        Map<String, ReportingUnit> units = result.campaign().unitsByCode();
        PageHeading heading = PageHeadings.of(result.campaign(), messages);
        ReturnFileNames names = new ReturnFileNames();
        List<Planned> planned = new ArrayList<>();
        for (Map.Entry<String, List<Issue>> recipient : byRecipient(result.issues()).entrySet()) {
            if (!somethingToFix(recipient.getValue())) {
                continue;
            }
            String fileName = names.claim(recipient.getKey());
            ReportingUnit unit = units.get(recipient.getKey());
            String title = unit == null ? recipient.getKey() : unit.code() + " " + unit.name();
            planned.add(new Planned(new ReturnWorkbookWriter(messages, heading, result.campaign().limits()), title,
                    files(recipient.getValue(), result.sourcePaths()), fileName));
        }
        return planned;
    }

    /** One recipient's return workbook, to be written into {@code tra-lai/} of a run folder. */
    record Planned(ReturnWorkbookWriter writer, String title, List<ReturnedFile> files, String fileName) {

        /**
         * @return for each of its issues, its link relative to the run folder, e.g.
         *         {@code tra-lai/DV079.xlsx#'Báo cáo'!F14}
         */
        Map<Issue, String> write(Path runFolder) throws IOException {
            ReturnWorkbook workbook = writer.write(title, files, runFolder.resolve(FOLDER).resolve(fileName));
            Map<Issue, String> links = new HashMap<>();
            workbook.locations().forEach((issue, location) ->
                    links.put(issue, FOLDER + "/" + fileName + "#" + location));
            return links;
        }
    }

    /** Whether one of the issues is about a file the unit sent, other than its being replaced by a newer one. */
    static boolean somethingToFix(List<Issue> issues) {
        return issues.stream().anyMatch(issue -> issue.file() != null
                && issue.code() != IssueCode.DUPLICATE_SUPERSEDED);
    }

    /** The unit code when there is one, else the file: an unreadable file has no unit to send it to yet. */
    private static Map<String, List<Issue>> byRecipient(List<Issue> issues) {
        Map<String, List<Issue>> byRecipient = new LinkedHashMap<>();
        for (Issue issue : issues) {
            String recipient = issue.unit() != null ? issue.unit() : issue.file();
            if (recipient != null) {
                byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>()).add(issue);
            }
        }
        return byRecipient;
    }

    private static List<ReturnedFile> files(List<Issue> issues, Map<String, Path> paths) {
        Map<String, List<Issue>> byFile = new LinkedHashMap<>();
        for (Issue issue : issues) {
            byFile.computeIfAbsent(issue.file(), f -> new ArrayList<>()).add(issue);
        }
        List<ReturnedFile> files = new ArrayList<>();
        byFile.forEach((file, fileIssues) -> files.add(new ReturnedFile(file, file == null ? null : paths.get(file),
                fileIssues)));
        return files;
    }
}
