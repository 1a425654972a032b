package vn.tonghop.submission;

import static vn.tonghop.submission.TemplateLabels.CLUSTER_CODE;
import static vn.tonghop.submission.TemplateLabels.FORM;
import static vn.tonghop.submission.TemplateLabels.PERIOD;
import static vn.tonghop.submission.TemplateLabels.REPORT_DATE;
import static vn.tonghop.submission.TemplateLabels.UNIT_CODE;
import static vn.tonghop.submission.TemplateLabels.UNIT_NAME;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.vocabulary.IssueCode;
import vn.tonghop.workbook.Cell;
import vn.tonghop.workbook.Labels;

/** Reads and checks the unit code, name, period, report date, form and cluster code of the label block. */
final class UnitDetailsReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What a report date should look like, told to units whose date cannot be read. */
    static final String DATE_PATTERN = "dd/mm/yyyy";
    /**
     * The report dates taken: within a year of the deadline, or in this century when the job has none. A date
     * beyond (the year 9999, a serial typed as a year) is a typing error, not a late report.
     */
    static final LocalDate NO_DEADLINE_FROM = LocalDate.of(2000, 1, 1);
    static final LocalDate NO_DEADLINE_TO = LocalDate.of(2099, 12, 31);

    private final Campaign campaign;
    private final LabelBlock block;
    private final Findings findings;

    UnitDetailsReader(Campaign campaign, LabelBlock block, Findings findings) {
        this.campaign = campaign;
        this.block = block;
        this.findings = findings;
    }

    /**
     * The unit code to stamp on every issue of the file: the registry's spelling when the unit is known, else the
     * code as written (spacing tidied), so that issues of an unknown code still show it; null when there is none.
     */
    static String unitForIssues(LabelBlock block, Campaign campaign) {
        return block.find(UNIT_CODE).flatMap(LabelBlock.LabelledValue::value).map(LabelBlock::text)
                .map(code -> registered(campaign, code).map(ReportingUnit::code).orElse(code)).orElse(null);
    }

    UnitDetails read() {
        Optional<Cell> codeCell = required(UNIT_CODE);
        String code = codeCell.map(LabelBlock::text).orElse(null);
        Optional<ReportingUnit> unit = codeCell.flatMap(this::registeredUnit);
        String name = block.find(UNIT_NAME).flatMap(LabelBlock.LabelledValue::value).map(LabelBlock::text)
                .or(() -> unit.map(ReportingUnit::name)).orElse(null);
        String period = period();
        LocalDate reportDate = reportDate();
        String form = form();
        return new UnitDetails(unit.map(ReportingUnit::code).orElse(code), name, period, reportDate, form,
                clusterCode(form));
    }

    private Optional<ReportingUnit> registeredUnit(Cell codeCell) {
        String code = LabelBlock.text(codeCell);
        Optional<ReportingUnit> unit = registered(campaign, code);
        if (unit.isEmpty()) {
            findings.add(IssueCode.UNKNOWN_UNIT, codeCell.address(), UNIT_CODE, code, null);
        }
        return unit;
    }

    /** The registry's unit of a code; codes are compared ignoring case ("dv001" is the unit DV001). */
    private static Optional<ReportingUnit> registered(Campaign campaign, String code) {
        return campaign.unit(code).or(() -> campaign.units().stream()
                .filter(unit -> unit.code().equalsIgnoreCase(code)).findFirst());
    }

    private String period() {
        Optional<Cell> cell = required(PERIOD);
        if (cell.isEmpty()) {
            return null;
        }
        String period = LabelBlock.text(cell.get());
        if (campaign.period() == null) {
            return period;
        }
        if (!period.equalsIgnoreCase(campaign.period().strip())) {
            findings.add(IssueCode.PERIOD_MISMATCH, cell.get().address(), PERIOD, period, campaign.period());
            return period;
        }
        return campaign.period();
    }

    /**
     * An unreadable date is reported as MISSING_VALUE with the text found: the value the job needs is missing,
     * and NOT_A_NUMBER would tell the unit something false.
     */
    private LocalDate reportDate() {
        Optional<Cell> cell = required(REPORT_DATE);
        if (cell.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = CellDates.read(cell.get().value());
        if (date.isEmpty()) {
            findings.add(IssueCode.MISSING_VALUE, cell.get().address(), REPORT_DATE,
                    cell.get().value().display(), DATE_PATTERN);
            return null;
        }
        LocalDate earliest = campaign.deadline() == null ? NO_DEADLINE_FROM : campaign.deadline().minusYears(1);
        LocalDate latest = campaign.deadline() == null ? NO_DEADLINE_TO : campaign.deadline().plusYears(1);
        if (date.get().isBefore(earliest) || date.get().isAfter(latest)) {
            findings.add(IssueCode.DATE_OUT_OF_RANGE, cell.get().address(), REPORT_DATE, DATE.format(date.get()),
                    DATE.format(earliest) + " – " + DATE.format(latest));
            return null;
        }
        if (campaign.deadline() != null && date.get().isAfter(campaign.deadline())) {
            findings.add(IssueCode.LATE, cell.get().address(), REPORT_DATE, DATE.format(date.get()),
                    DATE.format(campaign.deadline()));
        }
        return date.get();
    }

    /** The campaign's spelling of the form written, or null when it is missing or not one of the campaign's. */
    private String form() {
        Optional<Cell> cell = required(FORM);
        if (cell.isEmpty()) {
            return null;
        }
        String written = LabelBlock.text(cell.get());
        if (campaign.forms().isEmpty()) {
            return written;
        }
        Optional<String> form = campaign.forms().stream().filter(f -> Labels.matches(written, f)).findFirst();
        if (form.isEmpty()) {
            findings.add(IssueCode.UNKNOWN_FORM, cell.get().address(), FORM, written,
                    String.join(", ", campaign.forms()));
        }
        return form.orElse(null);
    }

    private String clusterCode(String form) {
        if (form == null || !campaign.isClusterForm(form)) {
            return null;
        }
        Optional<LabelBlock.LabelledValue> pair = block.find(CLUSTER_CODE);
        Optional<Cell> value = pair.flatMap(LabelBlock.LabelledValue::value);
        if (value.isEmpty()) {
            findings.add(IssueCode.CLUSTER_CODE_MISSING, pair.map(p -> p.label().address()).orElse(null),
                    CLUSTER_CODE, form, null);
            return null;
        }
        return LabelBlock.text(value.get());
    }

    /** The value cell of a required label; a missing label or value is reported. */
    private Optional<Cell> required(String label) {
        return requiredValue(block, label, findings);
    }

    static Optional<Cell> requiredValue(LabelBlock block, String label, Findings findings) {
        Optional<LabelBlock.LabelledValue> pair = block.find(label);
        if (pair.isEmpty()) {
            findings.add(IssueCode.MISSING_VALUE, null, label, null, null);
            return Optional.empty();
        }
        if (pair.get().value().isEmpty()) {
            findings.add(IssueCode.MISSING_VALUE, pair.get().label().address(), label, null, null);
        }
        return pair.get().value();
    }
}
