package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.LabelFolds;
import vn.tonghop.workbook.Sheet;
import vn.tonghop.workbook.Workbook;

/**
 * Applies every per-file check to a workbook a unit sent and, when no check fails, gives its figures. All issues of
 * the file are collected, so the unit can correct everything in one go. One checker serves the whole run, on every
 * check thread at once.
 */
public final class SubmissionChecker {

    /** The texts of every workbook this checker sees, folded for label comparison once each. */
    private final LabelFolds folds = new LabelFolds();

    /**
     * @param fileName the file's name as the unit sent it, used in issues
     */
    public CheckResult check(Workbook workbook, String fileName, Campaign campaign) {
        SubmissionSheetLocator locator = new SubmissionSheetLocator(campaign.aliases(), folds);
        SubmissionSheetLocator.Location location = locator.locate(workbook);
        if (location instanceof SubmissionSheetLocator.Location.NotFound notFound) {
            Issue issue = Issue.of(IssueCode.NOT_A_SUBMISSION).file(fileName).subject(notFound.missingLabel()).build();
            return new CheckResult(null, null, null, List.of(issue));
        }
        List<SubmissionSheetLocator.Location.Found> candidates =
                ((SubmissionSheetLocator.Location.Candidates) location).sheets();
        List<SubmissionSheetLocator.Location.Found> ofThePeriod = candidates.size() == 1 ? candidates
                : candidates.stream().filter(c -> isOfPeriod(c, campaign, locator)).toList();
        if (ofThePeriod.size() != 1) {
            Sheet first = candidates.get(0).sheet();
            Sheet second = candidates.get(1).sheet();
            LabelBlock block = new LabelBlock(first, blockLabels(campaign), locator);
            Issue issue = Issue.of(IssueCode.AMBIGUOUS_SHEET).file(fileName)
                    .unit(UnitDetailsReader.unitForIssues(block, campaign)).sheet(first.name())
                    .found(first.name()).expected(second.name()).build();
            return new CheckResult(issue.unit(), null, null, List.of(issue));
        }
        SubmissionSheetLocator.Location.Found found = ofThePeriod.get(0);
        String sheetName = found.sheet().name();
        LabelBlock block = new LabelBlock(found.sheet(), blockLabels(campaign), locator);
        Findings findings = new Findings(fileName, UnitDetailsReader.unitForIssues(block, campaign), sheetName);
        if (found.hidden()) {
            findings.add(IssueCode.HIDDEN_SHEET, null, null, sheetName, null);
        }
        block.duplicates(findings, found.header());

        UnitDetails details = new UnitDetailsReader(campaign, block, findings).read();
        SessionTableReader tableReader = new SessionTableReader(campaign, findings, locator);
        SessionColumns columns = tableReader.columns(found.sheet(), found.header());
        MembershipReader membershipReader = new MembershipReader(campaign, block, findings);
        Map<String, Membership> blockMembership = membershipReader.read(columns);
        SessionTable table = tableReader.read(found.sheet(), found.header(), columns);
        Map<String, Membership> membership = membershipReader.fromTable(blockMembership, table);
        new TotalsCheck(campaign, findings).check(table);
        new RateCheck(campaign, findings).check(table, membership);
        new AttendanceCheck(campaign, findings).check(membership, table);
        new HiddenRowsCheck(findings).check(found.sheet());

        Submission submission = findings.hasErrors() ? null : submission(details, sheetName, membership, table);
        return new CheckResult(details.unitCode(), details.reportDate(), submission, findings.issues());
    }

    /** Whether a sheet's period is the job's: of two report sheets, the one of this period is the report. */
    private static boolean isOfPeriod(SubmissionSheetLocator.Location.Found candidate, Campaign campaign,
                                      SubmissionSheetLocator locator) {
        if (campaign.period() == null) {
            return false;
        }
        LabelBlock block = new LabelBlock(candidate.sheet(), blockLabels(campaign), locator);
        return block.find(TemplateLabels.PERIOD).flatMap(LabelBlock.LabelledValue::value).map(LabelBlock::text)
                .filter(period -> period.equalsIgnoreCase(campaign.period().strip())).isPresent();
    }

    private static List<String> blockLabels(Campaign campaign) {
        List<String> labels = new ArrayList<>(List.of(TemplateLabels.UNIT_CODE, TemplateLabels.UNIT_NAME,
                TemplateLabels.PERIOD, TemplateLabels.REPORT_DATE, TemplateLabels.FORM, TemplateLabels.CLUSTER_CODE));
        campaign.groups().forEach(group -> labels.add(group.totalLabel()));
        return labels;
    }

    /** Only called without errors, so every count is present. */
    private static Submission submission(UnitDetails details, String sheet, Map<String, Membership> membership,
                                         SessionTable table) {
        Map<String, Long> members = new LinkedHashMap<>();
        membership.forEach((key, value) -> members.put(key, value.count().orElseThrow()));
        List<SessionRow> sessions = table.rows().stream().map(SubmissionChecker::sessionRow).toList();
        return new Submission(details.unitCode(), details.unitName(), sheet, details.period(), details.reportDate(),
                details.form(), details.clusterCode(), members, sessions);
    }

    private static SessionRow sessionRow(TableRow row) {
        Map<String, Long> attended = new LinkedHashMap<>();
        row.attended().forEach((key, count) -> attended.put(key, count.orElseThrow()));
        return new SessionRow(row.rowNumber(), row.code(), row.date(), row.dateCell(), row.place(), attended,
                row.total().orElseThrow(), row.note());
    }
}
