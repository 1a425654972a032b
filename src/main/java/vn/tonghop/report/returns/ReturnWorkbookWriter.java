package vn.tonghop.report.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.report.layout.PageHeading;
import vn.tonghop.report.layout.SheetLayout;
import vn.tonghop.vocabulary.CellAddresses;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.vocabulary.IssueOrder;
import vn.tonghop.vocabulary.OutputTexts;
import vn.tonghop.vocabulary.ReadLimits;

/**
 * Writes the workbook the office sends back to a unit ({@code tra-lai/<unit code>.xlsx}): a first sheet listing
 * every issue in plain words, then a copy of each submitted sheet the issues name, where every offending cell is
 * filled red (error) or yellow (warning) and carries a comment saying what is wrong. Each issue of the list links to
 * its cell.
 *
 * <p>The submitted files are opened read-only and never changed. A file that cannot be read (a
 * {@link IssueCode#FILE_UNREADABLE} or {@link IssueCode#FILE_ENCRYPTED} issue, or any failure while copying it) gets
 * no copied sheet; the first sheet says so and still lists its issues. See {@link SheetCopier} for what a copy holds.
 */
public final class ReturnWorkbookWriter {

    private static final Logger log = LoggerFactory.getLogger(ReturnWorkbookWriter.class);

    private final OutputTexts messages;
    private final PageHeading heading;
    private final ReadLimits limits;

    /**
     * @param heading the running header and page numbers of every printed page, or null for none
     * @param limits  the job's limits, whose copy limits say which submissions are copied rather than described
     */
    public ReturnWorkbookWriter(OutputTexts messages, PageHeading heading, ReadLimits limits) {
        this.messages = messages;
        this.heading = heading;
        this.limits = limits;
    }

    public ReturnWorkbookWriter(OutputTexts messages, PageHeading heading) {
        this(messages, heading, ReadLimits.DEFAULTS);
    }

    public ReturnWorkbookWriter(OutputTexts messages) {
        this(messages, null);
    }

    /**
     * Writes the return workbook of one unit (or of one unreadable or unknown file) and says where each issue is.
     *
     * @param title  who the workbook is for, e.g. the unit's code and name
     * @param files  the unit's files with their issues
     * @param target the workbook to write; its folder is created when missing
     */
    public ReturnWorkbook write(String title, List<ReturnedFile> files, Path target) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetNames names = new SheetNames();
            XSSFSheet cover = workbook.createSheet(names.claim(messages.text("tralai.sheet.issues")));
            IssueFills fills = new IssueFills(workbook);
            CellMarker marker = new CellMarker(messages, fills);
            Map<Issue, String> cellLinks = new HashMap<>();
            List<String> notCopied = new ArrayList<>();
            for (ReturnedFile file : files) {
                // issues of no file (a unit that sent nothing) are listed only, with no "not copied" line
                if (!copyAndMark(file, workbook, names, marker, cellLinks) && file.name() != null) {
                    notCopied.add(file.name());
                }
            }
            List<ReturnedIssue> issues = new ArrayList<>();
            for (ReturnedFile file : files) {
                file.issues().forEach(issue -> issues.add(new ReturnedIssue(file, issue)));
            }
            // one recipient's issues: the review order sorts them by file, sheet and cell
            issues.sort(Comparator.comparing(ReturnedIssue::issue, IssueOrder.REVIEW));
            Map<Issue, String> locations = new CoverSheet(cover, messages, fills)
                    .write(title, issues, cellLinks, notCopied);
            if (heading != null) {
                workbook.forEach(sheet -> SheetLayout.runningHeader(sheet, heading));
            }
            workbook.setActiveSheet(0);
            save(workbook, target);
            return new ReturnWorkbook(target, locations);
        }
    }

    /**
     * Copies the sheets that the file's issues name and marks their cells.
     *
     * @return false when the file has no copy because it cannot be read
     */
    /** A file the reader could not or would not open is never opened for a copy either. */
    private static final Set<IssueCode> NOT_COPIED = EnumSet.of(IssueCode.FILE_UNREADABLE, IssueCode.FILE_ENCRYPTED,
            IssueCode.TOO_LARGE);

    private boolean copyAndMark(ReturnedFile file, XSSFWorkbook workbook, SheetNames names, CellMarker marker,
            Map<Issue, String> cellLinks) {
        if (file.path() == null || file.issues().stream().map(Issue::code).anyMatch(NOT_COPIED::contains)) {
            return false;
        }
        Set<String> sheets = new LinkedHashSet<>();
        file.issues().stream().map(Issue::sheet).filter(Objects::nonNull).forEach(sheets::add);
        if (sheets.isEmpty()) {
            return true;
        }
        List<String> copies = new ArrayList<>();
        Map<Issue, String> links = new LinkedHashMap<>();
        try (SubmittedWorkbook submitted = SubmittedWorkbook.open(file.path(), limits)) {
            SheetCopier copier = new SheetCopier(submitted, workbook);
            for (String sheetName : sheets) {
                Sheet original = submitted.workbook().getSheet(sheetName);
                if (original == null) {
                    throw new IOException("no sheet '" + sheetName + "' in " + file.path());
                }
                String copyName = names.claim(original.getSheetName());
                copies.add(copyName);
                XSSFSheet copy = copier.copy(original, copyName);
                links.putAll(mark(copy, sheetName, file.issues(), marker));
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the unit still gets the list of its issues; the first sheet says that this file has no copy
            log.warn("{}: no copy in the return workbook, its issues are listed only ({})", file.name(), e.toString());
            log.debug("{}: copy failed", file.name(), e);
            for (String copyName : copies) {
                int index = workbook.getSheetIndex(copyName);
                if (index >= 0) {
                    workbook.removeSheetAt(index);
                }
                names.release(copyName);
            }
            return false;
        }
        links.forEach(cellLinks::putIfAbsent);
        return true;
    }

    /** Marks every offending cell of one copied sheet; returns the link address of each issue marked. */
    private static Map<Issue, String> mark(XSSFSheet copy, String originalName, List<Issue> issues,
            CellMarker marker) {
        Map<CellReference, List<Issue>> byCell = new LinkedHashMap<>();
        for (Issue issue : issues) {
            if (originalName.equals(issue.sheet())) {
                Optional<CellReference> cell = CellAddresses.parse(issue.cell())
                        .map(position -> new CellReference(position.row(), position.column()));
                cell.ifPresent(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(issue));
            }
        }
        Map<Issue, String> links = new LinkedHashMap<>();
        byCell.forEach((cell, cellIssues) -> {
            marker.mark(copy, cell, cellIssues);
            String address = SheetNames.reference(copy.getSheetName(), cell.formatAsString(false));
            cellIssues.forEach(issue -> links.putIfAbsent(issue, address));
        });
        return links;
    }

    private static void save(XSSFWorkbook workbook, Path target) throws IOException {
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }
}
