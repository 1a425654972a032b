package vn.tonghop.campaign;

import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The registry's units in their order, indexed by code once. A Campaign keeps its units in this list so that looking
 * a unit up (once per workbook, per unit line of every report) costs no rebuilt map, while the record's components,
 * equality and text stay those of a plain list.
 */
final class UnitList extends AbstractList<ReportingUnit> implements RandomAccess {

    private final List<ReportingUnit> units;
    private final Map<String, ReportingUnit> byCode;

    private UnitList(List<ReportingUnit> units) {
        this.units = List.copyOf(units);
        Map<String, ReportingUnit> index = new LinkedHashMap<>();
        for (ReportingUnit unit : this.units) {
            // the registry reader refuses repeated codes; a Campaign made in code keeps the first, as before
            index.putIfAbsent(unit.code(), unit);
        }
        this.byCode = Collections.unmodifiableMap(index);
    }

    static UnitList of(List<ReportingUnit> units) {
        return units instanceof UnitList indexed ? indexed : new UnitList(units);
    }

    Map<String, ReportingUnit> byCode() {
        return byCode;
    }

    @Override
    public ReportingUnit get(int index) {
        return units.get(index);
    }

    @Override
    public int size() {
        return units.size();
    }
}
