package vn.tonghop.workbook.poi;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of one worksheet part ({@code sheetN.xml}) into {@link SheetCells} without building the sheet in
 * memory. Elements are matched by local name so that the namespace prefix a writer chose does not matter.
 */
final class WorksheetHandler extends DefaultHandler {

    private final XmlCellDecoder decoder;
    private final SheetCells cells;

    private int rowIndex = -1;
    private int nextColumn;

    private int cellRow;
    private int cellColumn;
    private String cellType;
    private int cellStyle;
    private boolean hasFormula;
    private boolean hasValue;
    private boolean inInlineString;
    private boolean inPhonetic;
    private boolean capturing;
    private final StringBuilder value = new StringBuilder();

    WorksheetHandler(XmlCellDecoder decoder, SheetCells cells) {
        this.decoder = decoder;
        this.cells = cells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> hasFormula = true;
            case "v" -> {
                hasValue = true;
                capturing = true;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            // rich text runs of an inline string are concatenated; phonetic guides are not part of the text
            case "t" -> capturing = inInlineString && !inPhonetic;
            default -> {
                // other elements carry layout, not values
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (capturing) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> capturing = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {
                // nothing to finish
            }
        }
    }

    private void startRow(String reference) {
        // a row without r follows the previous one
        rowIndex = reference == null ? rowIndex + 1 : Integer.parseInt(reference.trim()) - 1;
        nextColumn = 0;
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        if (reference == null) {
            // writers may leave r out; the cell then sits right after the previous one
            cellRow = rowIndex;
            cellColumn = nextColumn;
        } else {
            CellReference parsed = new CellReference(reference);
            cellRow = parsed.getRow() < 0 ? rowIndex : parsed.getRow();
            cellColumn = parsed.getCol();
            // keeps counting right should the next row leave out its r
            rowIndex = cellRow;
        }
        String type = attributes.getValue("t");
        cellType = type == null ? "n" : type;
        String style = attributes.getValue("s");
        cellStyle = style == null ? 0 : Integer.parseInt(style.trim());
        hasFormula = false;
        hasValue = false;
        inInlineString = false;
        inPhonetic = false;
        capturing = false;
        value.setLength(0);
    }

    private void endCell() throws SAXException {
        nextColumn = cellColumn + 1;
        if (hasFormula && hasNoCachedValue()) {
            cells.markUncomputed(cellRow, cellColumn);
            return;
        }
        decoder.decode(cellType, value.toString(), cellStyle)
                .ifPresent(decoded -> cells.put(cellRow, cellColumn, decoded));
    }

    /**
     * Files written by scripts (openpyxl, POI without evaluation) leave {@code <v>} out or empty. An empty value is a
     * real result only for a text formula ({@code t="str"}), e.g. {@code =IF(A1="";"";A1)}.
     */
    private boolean hasNoCachedValue() {
        return !hasValue || (value.length() == 0 && !cellType.equals("str"));
    }
}
