package vn.tonghop.workbook.poi;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML part of a package, read as a stream of elements matched by local name, so that the namespace prefix a
 * writer chose does not matter. A part that declares a DTD is refused: Office never writes one, and a DTD is how
 * entity tricks (external entities, entity expansion) get into a file.
 */
final class XmlPart implements AutoCloseable {

    private final InputStream in;
    private final XMLStreamReader xml;

    private XmlPart(InputStream in, XMLStreamReader xml) {
        this.in = in;
        this.xml = xml;
    }

    /**
     * A factory that never loads a DTD or an external entity: Woodstox, which reads the many small parts of a
     * workbook about a third faster than the JDK's parser. Each thread keeps its own.
     */
    static XMLInputFactory newFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        // Woodstox stops at 1,000 levels; nesting costs a stack entry per level, and the part's size limit
        // (ReadLimits) already bounds the work, so a deep but small extension list reads like any other
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, Integer.MAX_VALUE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Takes over the stream: closing the part closes it. */
    static XmlPart open(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        try {
            return new XmlPart(in, factory.createXMLStreamReader(in));
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietlyAfter(in, e);
            throw e;
        }
    }

    /**
     * The next event: {@link XMLStreamConstants#START_ELEMENT}, {@code END_ELEMENT}, {@code CHARACTERS} (text,
     * CDATA and whitespace alike) or {@code END_DOCUMENT}; other events are skipped.
     */
    int next() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT:
                    return event;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    return XMLStreamConstants.CHARACTERS;
                case XMLStreamConstants.DTD:
                    throw new XMLStreamException("a DTD is not allowed in a workbook part", xml.getLocation());
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new XMLStreamException("undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                default:
                    // comments, processing instructions
            }
        }
    }

    /** The local name of the current start or end element. */
    String name() {
        return xml.getLocalName();
    }

    /** The value of the current element's attribute with this local name, whatever its namespace; null if absent. */
    String attribute(String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Appends the current text event to {@code text}, without making a string of it. */
    void appendText(StringBuilder text) {
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            closeQuietlyAfter(in, e);
            throw new IOException(e);
        }
        in.close();
    }

    private static void closeQuietlyAfter(InputStream in, Exception failure) {
        try {
            in.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
