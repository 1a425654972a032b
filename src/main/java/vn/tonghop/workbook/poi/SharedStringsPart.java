package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import vn.tonghop.vocabulary.ReadLimits;

/**
 * The shared strings part: the text of every {@code <si>}, rich text runs joined, phonetic guides ({@code <rPh>})
 * left out, Excel's {@code _xHHHH_} escapes decoded.
 */
final class SharedStringsPart {

    private SharedStringsPart() {
    }

    /** @param in the part, or null when the workbook has none (then no cell refers to one) */
    static List<String> read(XMLInputFactory factory, ReadLimits limits, InputStream in)
            throws XMLStreamException, IOException {
        List<String> strings = new ArrayList<>();
        if (in == null) {
            return strings;
        }
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        boolean inPhonetic = false;
        try (XmlPart xml = XmlPart.open(factory, in)) {
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event == XMLStreamConstants.CHARACTERS) {
                    if (inText && !inPhonetic) {
                        xml.appendText(text);
                        if (text.length() > limits.maxTextLength()) {
                            throw new LimitReached("text-length", limits.maxTextLength());
                        }
                    }
                    continue;
                }
                boolean start = event == XMLStreamConstants.START_ELEMENT;
                switch (xml.name()) {
                    case "si" -> {
                        if (start) {
                            text.setLength(0);
                            if (strings.size() >= limits.maxSharedStrings()) {
                                throw new LimitReached("shared-strings", limits.maxSharedStrings());
                            }
                        } else {
                            strings.add(ExcelEscapes.decode(text.toString()));
                        }
                    }
                    case "t" -> inText = start;
                    case "rPh" -> inPhonetic = start;
                    default -> {
                        // run properties: fonts and colours
                    }
                }
            }
        }
        return strings;
    }
}
