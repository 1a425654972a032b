package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Reads whether an .xlsx workbook counts dates from 1904 (older Mac Excel), which shifts every date serial. */
final class WorkbookDateSystem extends DefaultHandler {

    private boolean date1904;

    private WorkbookDateSystem() {
    }

    static boolean uses1904(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        WorkbookDateSystem handler = new WorkbookDateSystem();
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(workbookXml));
        return handler.date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (localName.equals("workbookPr")) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        }
    }
}
