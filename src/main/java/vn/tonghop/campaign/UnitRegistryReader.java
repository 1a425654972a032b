package vn.tonghop.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the registry of units, a CSV file as Excel saves it: UTF-8 with or without its byte order mark, fields
 * separated by ',' or by ';' (Excel's choice under regional settings whose decimal mark is a comma, as the Vietnamese
 * ones), quoted when they hold a separator, a quote or a line break. The header names the columns {@code code},
 * {@code name} and {@code pilot} in any order and case; other columns are ignored.
 */
final class UnitRegistryReader {

    static final String SAVE_AS_CSV_UTF8 = "open it in Excel and save it as 'CSV UTF-8 (Comma delimited)'";
    static final String PILOT_VALUES = "yes, no, có, không";

    private static final Set<String> YES = Set.of("yes", "có", "co");
    private static final Set<String> NO = Set.of("no", "không", "khong");
    /** Runs of spacing inside a unit's name, made one space; compiled once, not per unit. */
    private static final Pattern SPACING = Pattern.compile("\\s+");

    List<ReportingUnit> read(Path file) {
        return read(file, Utf8Text.bytes(file));
    }

    /** The units of the registry held by {@code bytes}, read from {@code file}. */
    List<ReportingUnit> read(Path file, byte[] bytes) {
        String text = Utf8Text.decode(file, bytes, SAVE_AS_CSV_UTF8);
        if (text.isBlank()) {
            throw new InvalidCampaignException(file, null, "the unit registry is empty");
        }
        List<Row> rows = rows(file, text);
        if (rows.isEmpty()) {
            throw new InvalidCampaignException(file, null, "the unit registry is empty");
        }
        Header header = Header.of(file, rows.get(0), separatorOf(text));

        List<ReportingUnit> units = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue; // Excel writes ";;" for a row left empty
            }
            header.checkWidth(file, row);
            String code = row.field(header.code).trim();
            if (code.isEmpty()) {
                throw new InvalidCampaignException(file, row.line, 0, "code", "the unit code is empty");
            }
            if (!codes.add(code)) {
                throw new InvalidCampaignException(file, row.line, 0, "code", "duplicate unit code " + code);
            }
            // a line break typed into the Excel cell (Alt+Enter) is layout, not part of the name
            String name = SPACING.matcher(row.field(header.name).strip()).replaceAll(" ");
            boolean pilot = header.pilot >= 0 && isPilot(file, row, row.field(header.pilot));
            units.add(new ReportingUnit(code, name, pilot));
        }
        if (units.isEmpty()) {
            throw new InvalidCampaignException(file, null, "the unit registry lists no unit");
        }
        return units;
    }

    private static boolean isPilot(Path file, Row row, String value) {
        String folded = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (YES.contains(folded)) {
            return true;
        }
        if (NO.contains(folded)) {
            return false;
        }
        String found = folded.isEmpty() ? "no value" : "'" + value.strip() + "' is not a pilot value";
        throw new InvalidCampaignException(file, row.line, 0, "pilot", found + "; write one of " + PILOT_VALUES);
    }

    /** ';' when the header line holds more semicolons than commas: Excel's separator follows regional settings. */
    static char separatorOf(String text) {
        String headerLine = text.lines().findFirst().orElse("");
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static List<Row> rows(Path file, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separatorOf(text)).setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesRead = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new InvalidCampaignException(file, (int) linesRead + 1, 0, null, quotingProblem(e));
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new InvalidCampaignException(file, null, "cannot read the unit registry (" + e + ")");
        }
        return rows;
    }

    /** What Commons CSV could not read, in the user's words: reading a string, it fails only on quotes. */
    private static String quotingProblem(UncheckedIOException e) {
        String detail = String.valueOf(e.getCause().getMessage());
        if (detail.contains("EOF")) {
            return "a quoted field is not closed: every '\"' that opens a field needs a '\"' that closes it";
        }
        if (detail.contains("between encapsulated token and delimiter")) {
            return "text after the closing '\"' of a quoted field: quote the whole field and double each '\"' "
                    + "inside it";
        }
        return "cannot read the row (" + detail + ")";
    }

    /** Lines of the text up to a position, counted once as the records come in order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The 1-based line of the record starting at {@code start}, past any empty lines the parser skipped. */
        int lineAt(long start) {
            int end = (int) Math.min(start, text.length());
            while (end < text.length() && (text.charAt(end) == '\r' || text.charAt(end) == '\n')) {
                end++;
            }
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** One record with the line it starts on (a quoted line break makes a record span lines). */
    private record Row(int line, List<String> fields) {

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Where the columns are, from the header line. */
    private record Header(int code, int name, int pilot, int width, char separator) {

        static Header of(Path file, Row header, char separator) {
            List<String> columns = header.fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            return new Header(column(file, header, columns, "code", separator),
                    column(file, header, columns, "name", separator), columns.indexOf("pilot"), columns.size(),
                    separator);
        }

        private static int column(Path file, Row header, List<String> columns, String name, char separator) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new InvalidCampaignException(file, header.line(), 0, name, "missing column: the header line "
                        + "holds " + columns + " (read with '" + separator + "' between columns); it must name "
                        + "the columns code, name and pilot, separated by ',' or ';'");
            }
            return index;
        }

        /** A row with more values than the header has columns most likely holds a name with an unquoted separator. */
        void checkWidth(Path file, Row row) {
            boolean extraValues = row.fields().subList(Math.min(width, row.fields().size()), row.fields().size())
                    .stream().anyMatch(field -> !field.isBlank());
            if (extraValues) {
                throw new InvalidCampaignException(file, row.line(), 0, null, row.fields().size() + " values where "
                        + "the header has " + width + " columns: a name that holds '" + separator + "' must be in "
                        + "quotes (\"…\")");
            }
        }
    }
}
