package vn.tonghop.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.rules.Issue;
import vn.tonghop.rules.IssueCode;
import vn.tonghop.workbook.Workbook;

/**
 * Applies every per-file check to a workbook a unit sent and, when no check fails, gives its figures. All issues of
 * the file are collected, so the unit can correct everything in one go.
 */
public final class SubmissionChecker {

    /**
     * @param fileName the file's name as the unit sent it, used in issues
     */
    public CheckResult check(Workbook workbook, String fileName, Campaign campaign) {
        SubmissionSheetLocator locator = new SubmissionSheetLocator(campaign.aliases());
        SubmissionSheetLocator.Location location = locator.locate(workbook);
        if (location instanceof SubmissionSheetLocator.Location.NotFound notFound) {
            Issue issue = Issue.of(IssueCode.NOT_A_SUBMISSION).file(fileName).subject(notFound.missingLabel()).build();
            return new CheckResult(null, null, null, List.of(issue));
        }
        SubmissionSheetLocator.Location.Found found = (SubmissionSheetLocator.Location.Found) location;
        String sheetName = found.sheet().name();
        LabelBlock block = new LabelBlock(found.sheet(), blockLabels(campaign), locator);
        Findings findings = new Findings(fileName, UnitDetailsReader.unitForIssues(block, campaign), sheetName);

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
