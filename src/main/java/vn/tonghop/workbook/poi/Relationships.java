package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/** The relationships of one part (or of the package): which part plays which role, by relationship id. */
final class Relationships {

    /** A relationship to a part inside the package, its target resolved to a part name. */
    record Relationship(String id, String type, String partName) {
    }

    private static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final List<Relationship> all;

    private Relationships(List<Relationship> all) {
        this.all = all;
    }

    static Relationships none() {
        return new Relationships(List.of());
    }

    /**
     * @param sourcePartName the part whose relationships these are ({@code /} for the package), to resolve targets
     * @param in             the {@code .rels} part, or null when the source has none
     */
    static Relationships read(XMLInputFactory factory, String sourcePartName, InputStream in)
            throws XMLStreamException, IOException {
        if (in == null) {
            return none();
        }
        List<Relationship> all = new ArrayList<>();
        try (XmlPart xml = XmlPart.open(factory, in)) {
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event != XMLStreamConstants.START_ELEMENT || !xml.name().equals("Relationship")) {
                    continue;
                }
                String target = xml.attribute("Target");
                boolean external = "External".equalsIgnoreCase(xml.attribute("TargetMode"));
                if (target != null && xml.attribute("Type") != null && !external) {
                    all.add(new Relationship(xml.attribute("Id"), transitional(xml.attribute("Type").strip()),
                            PackageParts.resolve(sourcePartName, target)));
                }
            }
        }
        return new Relationships(all);
    }

    /**
     * Excel's "Strict Open XML" workbooks name the same relationships under another namespace; read as the usual
     * ("transitional") ones, they need nothing else: parts are found by relationship, elements by local name.
     */
    private static String transitional(String type) {
        return type.startsWith(STRICT) ? TRANSITIONAL + type.substring(STRICT.length()) : type;
    }

    Optional<Relationship> firstOfType(String type) {
        return all.stream().filter(r -> r.type().equals(type)).findFirst();
    }

    Optional<Relationship> byId(String id) {
        return all.stream().filter(r -> r.id() != null && r.id().equals(id)).findFirst();
    }
}
