package vn.tonghop.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the registry of units: a UTF-8 CSV file (Excel's BOM allowed) with the header {@code code,name,pilot},
 * columns in any order, fields quoted as CSV does when they hold commas or quotes.
 */
final class UnitRegistryReader {

    private static final Set<String> YES = Set.of("yes", "y", "true", "x", "1", "co", "có");
    private static final Set<String> NO = Set.of("no", "n", "false", "", "0", "khong", "không");

    List<ReportingUnit> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCampaignException(file, null, "cannot read the unit registry (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) {
            throw new InvalidCampaignException(file, null, "the unit registry is empty");
        }
        List<String> header = CsvLine.split(stripBom(lines.get(0))).stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int code = column(file, header, "code");
        int name = column(file, header, "name");
        int pilot = header.indexOf("pilot");

        List<ReportingUnit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = CsvLine.split(lines.get(i));
            String line = "line " + (i + 1);
            String unitCode = field(fields, code).trim();
            if (unitCode.isEmpty()) {
                throw new InvalidCampaignException(file, "code", line + ": the unit code is empty");
            }
            if (!codes.add(unitCode)) {
                throw new InvalidCampaignException(file, "code", line + ": duplicate unit code " + unitCode);
            }
            units.add(new ReportingUnit(unitCode, field(fields, name).trim(),
                    pilot >= 0 && isPilot(file, line, field(fields, pilot))));
        }
        if (units.isEmpty()) {
            throw new InvalidCampaignException(file, null, "the unit registry lists no unit");
        }
        return units;
    }

    private static boolean isPilot(Path file, String line, String value) {
        String folded = value.trim().toLowerCase(Locale.ROOT);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        throw new InvalidCampaignException(file, "pilot", line + ": '" + value + "' is neither yes nor no");
    }

    private static int column(Path file, List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new InvalidCampaignException(file, name, "missing column in the header line " + header);
        }
        return index;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
