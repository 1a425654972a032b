package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import vn.tonghop.workbook.SheetVisibility;

/** What the workbook part ({@code xl/workbook.xml}) says: the sheets in tab order and the date system. */
record WorkbookPart(List<SheetEntry> sheets, boolean date1904) {

    /** One {@code <sheet>}: its name, the relationship id of its part and its visibility. */
    record SheetEntry(String name, String relationshipId, SheetVisibility visibility) {
    }

    static WorkbookPart read(XMLInputFactory factory, InputStream in) throws XMLStreamException, IOException {
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (XmlPart xml = XmlPart.open(factory, in)) {
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.name()) {
                    // older Mac Excel counts dates from 1904, which shifts every date serial
                    case "workbookPr" -> date1904 = isTrue(xml.attribute("date1904"));
                    case "sheet" -> sheets.add(new SheetEntry(xml.attribute("name"), xml.attribute("id"),
                            visibility(xml.attribute("state"))));
                    // what follows the sheet list is of no use here
                    case "definedNames", "calcPr", "extLst" -> {
                        return new WorkbookPart(sheets, date1904);
                    }
                    default -> {
                        // views, properties, external references
                    }
                }
            }
        }
        return new WorkbookPart(sheets, date1904);
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    private static SheetVisibility visibility(String state) {
        if ("hidden".equals(state)) {
            return SheetVisibility.HIDDEN;
        }
        return "veryHidden".equals(state) ? SheetVisibility.VERY_HIDDEN : SheetVisibility.VISIBLE;
    }
}
