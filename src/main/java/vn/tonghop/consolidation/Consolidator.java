package vn.tonghop.consolidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.ReportingUnit;
import vn.tonghop.submission.Submission;

/** Computes the figures of a run from the files that count: overall, per form, per cluster, pilot units, per unit. */
public final class Consolidator {

    public Consolidation consolidate(Campaign campaign, List<CheckedFile> files, Reconciliation reconciliation) {
        FiguresCalculator calculator = new FiguresCalculator(campaign.groups());
        Map<String, Submission> countedByUnit = reconciliation.counted().stream()
                .map(f -> f.result().submission())
                .collect(Collectors.toMap(Submission::unitCode, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<Submission> counted = List.copyOf(countedByUnit.values());

        Figures overall = calculator.of(counted, campaign.units().size());

        Map<String, Figures> byForm = new LinkedHashMap<>();
        for (String form : campaign.forms()) {
            List<Submission> ofForm = counted.stream().filter(s -> form.equals(s.form())).toList();
            byForm.put(form, calculator.of(ofForm, ofForm.size()));
        }

        List<ReportingUnit> pilots = campaign.units().stream().filter(ReportingUnit::pilot).toList();
        Figures pilot = calculator.of(pilots.stream().map(u -> countedByUnit.get(u.code()))
                .filter(java.util.Objects::nonNull).toList(), pilots.size());

        List<UnitLine> units = unitLines(campaign, files, reconciliation, countedByUnit, calculator);
        return new Consolidation(overall, byForm, pilot, clusters(counted, units, calculator), units);
    }

    private static List<UnitLine> unitLines(Campaign campaign, List<CheckedFile> files, Reconciliation reconciliation,
                                            Map<String, Submission> countedByUnit, FiguresCalculator calculator) {
        Map<String, CheckedFile> countedFileByUnit = reconciliation.counted().stream()
                .collect(Collectors.toMap(CheckedFile::unitCode, Function.identity()));
        // the newest file received from each unit, by file time, found in one pass over the files
        Map<String, CheckedFile> lastByUnit = files.stream().filter(f -> f.unitCode() != null)
                .collect(Collectors.toMap(CheckedFile::unitCode, Function.identity(),
                        BinaryOperator.maxBy(Comparator.comparing((CheckedFile f) -> f.file().lastModified())
                                .thenComparing(f -> f.file().name()))));
        List<UnitLine> lines = new ArrayList<>();
        for (ReportingUnit unit : campaign.units()) {
            Optional<CheckedFile> last = Optional.ofNullable(lastByUnit.get(unit.code()));
            FileStatus lastStatus = last.map(f -> reconciliation.statusByFile().get(f.file().name())).orElse(null);
            Submission submission = countedByUnit.get(unit.code());
            UnitStatus status = submission != null ? UnitStatus.REPORTED
                    : last.isPresent() ? UnitStatus.REJECTED : UnitStatus.NOT_REPORTED;
            lines.add(new UnitLine(unit, status,
                    submission == null ? null : countedFileByUnit.get(unit.code()).file().name(),
                    last.map(f -> f.file().name()).orElse(null),
                    last.map(f -> f.file().lastModified()).orElse(null),
                    lastStatus,
                    submission == null ? null : submission.form(),
                    submission == null ? null : submission.clusterCode(),
                    submission == null ? null : submission.reportDate(),
                    submission == null ? null : calculator.of(List.of(submission), 1)));
        }
        return lines;
    }

    private static List<ClusterFigures> clusters(List<Submission> counted, List<UnitLine> units,
                                                 FiguresCalculator calculator) {
        Map<String, List<Submission>> byCluster = counted.stream()
                .filter(s -> s.clusterCode() != null)
                .collect(Collectors.groupingBy(Submission::clusterCode, TreeMap::new, Collectors.toList()));
        // the units' lines grouped once: filtering every unit for each cluster grew with clusters times units
        Map<String, List<UnitLine>> linesByCluster = units.stream().filter(line -> line.clusterCode() != null)
                .collect(Collectors.groupingBy(UnitLine::clusterCode));
        List<ClusterFigures> clusters = new ArrayList<>();
        byCluster.forEach((code, members) -> clusters.add(new ClusterFigures(code,
                calculator.of(members, members.size()), linesByCluster.getOrDefault(code, List.of()))));
        return clusters;
    }
}
