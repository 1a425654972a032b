package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** The {@code [Content_Types].xml} part: the kind of each part, by part name or by extension. */
final class ContentTypes {

    static final String PART_NAME = "/[Content_Types].xml";

    private final Map<String, String> byPartName;
    private final Map<String, String> byExtension;

    private ContentTypes(Map<String, String> byPartName, Map<String, String> byExtension) {
        this.byPartName = byPartName;
        this.byExtension = byExtension;
    }

    static ContentTypes read(XMLInputFactory factory, InputStream in) throws XMLStreamException, IOException {
        Map<String, String> byPartName = new HashMap<>();
        Map<String, String> byExtension = new HashMap<>();
        try (XmlPart xml = XmlPart.open(factory, in)) {
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String type = xml.attribute("ContentType");
                if (xml.name().equals("Override") && xml.attribute("PartName") != null && type != null) {
                    byPartName.put(key(xml.attribute("PartName")), type.strip());
                } else if (xml.name().equals("Default") && xml.attribute("Extension") != null && type != null) {
                    byExtension.put(key(xml.attribute("Extension")), type.strip());
                }
            }
        }
        return new ContentTypes(byPartName, byExtension);
    }

    /** The content type of a part; "" when the package does not say. */
    String of(String partName) {
        String type = byPartName.get(key(partName));
        if (type != null) {
            return type;
        }
        int dot = partName.lastIndexOf('.');
        return dot < 0 ? "" : byExtension.getOrDefault(key(partName.substring(dot + 1)), "");
    }

    /** The first part (by name) declared with this content type; null if none is. */
    String partOfType(String contentType) {
        return byPartName.entrySet().stream().filter(e -> e.getValue().equals(contentType))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
    }

    /** Part names and extensions are compared ignoring case, as OOXML says. */
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
