package vn.tonghop.consolidation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ParticipantGroup;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.intake.SourceFile;
import vn.tonghop.submission.CheckResult;
import vn.tonghop.submission.SessionRow;
import vn.tonghop.submission.Submission;
import vn.tonghop.vocabulary.Issue;
import vn.tonghop.vocabulary.IssueCode;

/** Small campaigns and checked files built by hand, so the consolidation rules can be tested without files. */
final class ConsolidationFixtures {

    static final String OWN = "Tự tổ chức";
    static final String CLUSTER = "Ghép cụm";

    private ConsolidationFixtures() {
    }

    static Campaign campaign(List<String> groupKeys, ReportingUnit... units) {
        List<ParticipantGroup> groups = groupKeys.stream()
                .map(k -> new ParticipantGroup(k, "Nhóm " + k, "Tổng số " + k, k + " dự")).toList();
        return new Campaign(Path.of("job.yml"), "test", "Thử", "Khối", "2007-GD1", LocalDate.of(2007, 6, 30),
                LocalDate.of(2007, 6, 30), groups, List.of(OWN, "Mời báo cáo viên cấp trên", CLUSTER), CLUSTER,
                BigDecimal.valueOf(50), List.of(units), "0 0 2 * * *");
    }

    static ReportingUnit unit(String code, boolean pilot) {
        return new ReportingUnit(code, "Đơn vị " + code, pilot);
    }

    /** Builds one checked file; sessions are given as code, date day of June 2007, then attended per group. */
    static final class FileBuilder {
        private final String name;
        private final String unit;
        private LocalDate reportDate = LocalDate.of(2007, 6, 20);
        private Instant modified = Instant.parse("2007-06-20T08:00:00Z");
        private String form = OWN;
        private String cluster;
        private final Map<String, Long> membership = new LinkedHashMap<>();
        private final List<SessionRow> sessions = new ArrayList<>();
        private IssueCode error;

        FileBuilder(String name, String unit) {
            this.name = name;
            this.unit = unit;
        }

        FileBuilder reported(int dayOfJune, String isoTime) {
            reportDate = LocalDate.of(2007, 6, dayOfJune);
            modified = Instant.parse(isoTime);
            return this;
        }

        FileBuilder cluster(String code) {
            form = CLUSTER;
            cluster = code;
            return this;
        }

        FileBuilder form(String form) {
            this.form = form;
            return this;
        }

        FileBuilder members(String group, long count) {
            membership.put(group, count);
            return this;
        }

        FileBuilder session(String code, int dayOfJune, long... attended) {
            Map<String, Long> byGroup = new LinkedHashMap<>();
            int i = 0;
            for (String group : membership.keySet()) {
                byGroup.put(group, attended[i++]);
            }
            int row = 12 + sessions.size();
            sessions.add(new SessionRow(row, code, LocalDate.of(2007, 6, dayOfJune), "C" + row, "Hội trường",
                    byGroup, java.util.Arrays.stream(attended).sum(), null));
            return this;
        }

        FileBuilder rejectedWith(IssueCode code) {
            error = code;
            return this;
        }

        CheckedFile build() {
            SourceFile file = new SourceFile(Path.of("input", name), name, 1000, modified, "sha-" + name);
            if (error != null) {
                Issue issue = Issue.of(error).file(name).unit(unit).sheet("BaoCao").cell("E15").build();
                return new CheckedFile(file, new CheckResult(unit, reportDate, null, List.of(issue)));
            }
            Submission submission = new Submission(unit, "Đơn vị " + unit, "BaoCao", "2007-GD1", reportDate, form,
                    cluster, membership, sessions);
            return new CheckedFile(file, new CheckResult(unit, reportDate, submission, List.of()));
        }
    }

    static FileBuilder file(String name, String unit) {
        return new FileBuilder(name, unit);
    }
}
