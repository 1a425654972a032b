package vn.tonghop.workbook.poi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import vn.tonghop.workbook.CellValue;

/** Turns the stored text of one worksheet cell ({@code <v>} or inline string) into a {@link CellValue}. */
final class XmlCellDecoder {

    private final List<String> sharedStrings;
    private final StyleDateFormats dateFormats;
    private final boolean date1904;

    XmlCellDecoder(List<String> sharedStrings, StyleDateFormats dateFormats, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.dateFormats = dateFormats;
        this.date1904 = date1904;
    }

    /** The font name of the cell style, a hint for text typed in a legacy encoding. */
    String fontName(int style) {
        return dateFormats.fontName(style);
    }

    /**
     * @param type  the {@code t} attribute of the cell ("n" when absent)
     * @param raw   the stored text
     * @param style the {@code s} attribute of the cell (0 when absent)
     * @throws XMLStreamException when the stored text does not fit the type, which only a damaged file holds
     */
    Optional<CellValue> decode(String type, String raw, int style) throws XMLStreamException {
        try {
            switch (type) {
                case "s":
                    return CellValues.text(sharedStrings.get(Integer.parseInt(raw.trim())));
                case "inlineStr":
                case "str":
                    return CellValues.text(ExcelEscapes.decode(raw));
                case "b":
                    return raw.isBlank() ? Optional.empty() : Optional.of(new CellValue.Bool(isTrue(raw.trim())));
                case "e":
                    return raw.isBlank() ? Optional.empty() : Optional.of(new CellValue.Error(raw.trim()));
                case "d":
                    return raw.isBlank() ? Optional.empty() : Optional.of(new CellValue.DateTime(isoDate(raw.trim())));
                default:
                    return raw.isBlank()
                            ? Optional.empty()
                            : Optional.of(CellValues.number(new BigDecimal(raw.trim()), dateFormats.isDate(style), date1904));
            }
        } catch (NumberFormatException | DateTimeParseException | IndexOutOfBoundsException e) {
            XMLStreamException damaged = new XMLStreamException(
                    "Cell value '" + raw + "' does not fit cell type '" + type + "'");
            damaged.initCause(e);
            throw damaged;
        }
    }

    private static boolean isTrue(String raw) {
        return raw.equals("1") || raw.equalsIgnoreCase("true");
    }

    /** Newer Excel and some libraries store dates as ISO text with {@code t="d"}. */
    private static LocalDateTime isoDate(String raw) {
        return raw.contains("T") ? LocalDateTime.parse(raw) : LocalDate.parse(raw).atStartOfDay();
    }
}
