package vn.tonghop.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.tonghop.campaign.Campaign;

/**
 * What a unit types into its template, as cell addresses of the report sheet and values: the same plan is typed by
 * POI and by an openpyxl script, so both fillers are checked against the same expected figures.
 */
final class FilledTemplate {

    record Session(String code, LocalDate date, String place, long[] attended) {
    }

    private final Campaign campaign;
    private final TemplateLayout layout;
    private final Map<String, Object> cells = new LinkedHashMap<>();
    private final List<Session> sessions = new ArrayList<>();
    private final long[] membership;

    FilledTemplate(Campaign campaign) {
        this.campaign = campaign;
        this.layout = TemplateLayout.of(campaign);
        this.membership = new long[campaign.groups().size()];
    }

    FilledTemplate unit(String code, String name) {
        cells.put(valueCell(TemplateLayout.FieldKind.UNIT_CODE), code);
        cells.put(valueCell(TemplateLayout.FieldKind.UNIT_NAME), name);
        return this;
    }

    FilledTemplate reportDate(LocalDate date) {
        cells.put(valueCell(TemplateLayout.FieldKind.REPORT_DATE), date);
        return this;
    }

    FilledTemplate form(String form) {
        cells.put(valueCell(TemplateLayout.FieldKind.FORM), form);
        return this;
    }

    FilledTemplate clusterCode(String code) {
        cells.put(valueCell(TemplateLayout.FieldKind.CLUSTER_CODE), code);
        return this;
    }

    FilledTemplate membership(long... counts) {
        List<TemplateLayout.BlockField> rows = layout.block().stream()
                .filter(f -> f.kind() == TemplateLayout.FieldKind.MEMBERSHIP).toList();
        for (int g = 0; g < counts.length; g++) {
            membership[g] = counts[g];
            cells.put(address(rows.get(g).row(), TemplateLayout.VALUE_COLUMN), counts[g]);
        }
        return this;
    }

    FilledTemplate session(String code, LocalDate date, String place, long... attended) {
        int row = layout.firstSessionRow() + sessions.size();
        sessions.add(new Session(code, date, place, attended));
        cells.put(address(row, TemplateLayout.SESSION_CODE_COLUMN), code);
        cells.put(address(row, TemplateLayout.SESSION_DATE_COLUMN), date);
        cells.put(address(row, TemplateLayout.PLACE_COLUMN), place);
        for (int g = 0; g < attended.length; g++) {
            cells.put(address(row, layout.groupColumn(g)), attended[g]);
        }
        return this;
    }

    /** A1 address to the value typed there: a String, a Long or a LocalDate. */
    Map<String, Object> cells() {
        return cells;
    }

    List<Session> sessions() {
        return sessions;
    }

    long membership(int group) {
        return membership[group];
    }

    long attended(int group) {
        return sessions.stream().mapToLong(s -> s.attended()[group]).sum();
    }

    Campaign campaign() {
        return campaign;
    }

    private String valueCell(TemplateLayout.FieldKind kind) {
        return address(layout.block().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().row(),
                TemplateLayout.VALUE_COLUMN);
    }

    private static String address(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }
}
