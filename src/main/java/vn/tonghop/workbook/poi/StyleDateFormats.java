package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * Tells whether a cell style of an .xlsx file formats numbers as dates. Only what answers that is read from the
 * styles part: the custom number formats ({@code <numFmts>}) and the number format of each cell style
 * ({@code <cellXfs><xf numFmtId>}); a format id that is not custom is one of Excel's built-in formats.
 */
final class StyleDateFormats {

    private static final StyleDateFormats NONE = new StyleDateFormats(new boolean[0], new String[0]);

    /** Per cell style index (the {@code s} of a cell): whether its number format is a date format. */
    private final boolean[] dateStyles;
    /** Per cell style index: the name of its font, null when none is named. */
    private final String[] styleFonts;

    private StyleDateFormats(boolean[] dateStyles, String[] styleFonts) {
        this.dateStyles = dateStyles;
        this.styleFonts = styleFonts;
    }

    /** @param in the styles part, or null when the file has none (then every number is plain) */
    static StyleDateFormats read(XMLInputFactory factory, InputStream in) throws XMLStreamException, IOException {
        if (in == null) {
            return NONE;
        }
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> styleFormatIds = new ArrayList<>();
        List<String> fontNames = new ArrayList<>();
        List<Integer> styleFontIds = new ArrayList<>();
        try (XmlPart xml = XmlPart.open(factory, in)) {
            boolean inCellStyles = false;
            boolean inFonts = false;
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("cellXfs")) {
                    break;
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.name().equals("fonts")) {
                    inFonts = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.name()) {
                    case "numFmt" -> {
                        String id = xml.attribute("numFmtId");
                        String code = xml.attribute("formatCode");
                        if (id != null && code != null) {
                            customFormats.put(formatId(id), code);
                        }
                    }
                    case "cellXfs" -> inCellStyles = true;
                    case "fonts" -> inFonts = true;
                    case "font" -> {
                        if (inFonts) {
                            fontNames.add(null);
                        }
                    }
                    case "name" -> {
                        if (inFonts && !fontNames.isEmpty()) {
                            fontNames.set(fontNames.size() - 1, xml.attribute("val"));
                        }
                    }
                    case "xf" -> {
                        // cellStyleXfs hold xf elements too; only those of cellXfs are cell styles
                        if (inCellStyles) {
                            String id = xml.attribute("numFmtId");
                            styleFormatIds.add(id == null ? 0 : formatId(id));
                            String fontId = xml.attribute("fontId");
                            styleFontIds.add(fontId == null ? 0 : Integer.parseInt(fontId.strip()));
                        }
                    }
                    default -> {
                        // fonts, fills, borders, named styles
                    }
                }
            }
        }
        boolean[] dateStyles = new boolean[styleFormatIds.size()];
        for (int style = 0; style < dateStyles.length; style++) {
            int id = styleFormatIds.get(style);
            String format = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dateStyles[style] = CellValues.isDateFormat(id, format);
        }
        String[] styleFonts = new String[styleFontIds.size()];
        for (int style = 0; style < styleFonts.length; style++) {
            int font = styleFontIds.get(style);
            styleFonts[style] = font >= 0 && font < fontNames.size() ? fontNames.get(font) : null;
        }
        return new StyleDateFormats(dateStyles, styleFonts);
    }

    /** POI keeps format ids as shorts; so does this, so that both read the same files alike. */
    private static int formatId(String text) {
        return (short) Long.parseLong(text.strip());
    }

    /** The font name of a cell style, null when unknown. */
    String fontName(int styleIndex) {
        return styleIndex >= 0 && styleIndex < styleFonts.length ? styleFonts[styleIndex] : null;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }
}
