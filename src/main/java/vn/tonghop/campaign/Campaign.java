package vn.tonghop.campaign;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tonghop.vocabulary.ReadLimits;

/**
 * A study campaign as declared in {@code jobs/<id>/job.yml} and its registry of units. Everything the job needs to
 * know about labels, groups, forms and units comes from here, so a new campaign needs no code.
 *
 * @param clusterForm    the form whose units study together in clusters and must give a cluster code; may be null
 * @param lowRateWarning a group rate (percent) below which a unit gets a LOW_RATE warning
 * @param schedule       Spring cron expression used by {@code watch}
 * @param report         what the draft report takes from the job definition ({@code report:})
 * @param aliases        other words the campaign's forms use for the template's labels ({@code aliases:})
 * @param limits         how much of a submitted workbook is read at most ({@code limits:})
 */
public record Campaign(
        Path definitionFile,
        String id,
        String title,
        String organisation,
        String period,
        LocalDate asOf,
        LocalDate deadline,
        List<ParticipantGroup> groups,
        List<String> forms,
        String clusterForm,
        BigDecimal lowRateWarning,
        List<ReportingUnit> units,
        String schedule,
        ReportTemplate report,
        LabelAliases aliases,
        ReadLimits limits) {

    public Campaign {
        groups = List.copyOf(groups);
        forms = List.copyOf(forms);
        units = UnitList.of(units);
    }

    /** A campaign without a {@code report:}, {@code aliases:} or {@code limits:} block. */
    public Campaign(Path definitionFile, String id, String title, String organisation, String period, LocalDate asOf,
                    LocalDate deadline, List<ParticipantGroup> groups, List<String> forms, String clusterForm,
                    BigDecimal lowRateWarning, List<ReportingUnit> units, String schedule) {
        this(definitionFile, id, title, organisation, period, asOf, deadline, groups, forms, clusterForm,
                lowRateWarning, units, schedule, ReportTemplate.NONE);
    }

    /** A campaign without an {@code aliases:} or {@code limits:} block. */
    public Campaign(Path definitionFile, String id, String title, String organisation, String period, LocalDate asOf,
                    LocalDate deadline, List<ParticipantGroup> groups, List<String> forms, String clusterForm,
                    BigDecimal lowRateWarning, List<ReportingUnit> units, String schedule, ReportTemplate report) {
        this(definitionFile, id, title, organisation, period, asOf, deadline, groups, forms, clusterForm,
                lowRateWarning, units, schedule, report, LabelAliases.NONE, ReadLimits.DEFAULTS);
    }

    public Optional<ReportingUnit> unit(String code) {
        return Optional.ofNullable(unitsByCode().get(code));
    }

    /** The units by code in the registry's order; built once with the campaign, not on each lookup. */
    public Map<String, ReportingUnit> unitsByCode() {
        return ((UnitList) units).byCode();
    }

    public boolean isClusterForm(String form) {
        return clusterForm != null && clusterForm.equals(form);
    }
}
