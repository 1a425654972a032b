package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import vn.tonghop.vocabulary.ReadLimits;
import vn.tonghop.workbook.CellValue;

/**
 * Reads the cells of one worksheet part ({@code sheetN.xml}) into {@link SheetCells} as a stream, without building
 * the sheet in memory. One instance reads one part.
 */
final class WorksheetPart {

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

    private final ReadLimits limits;

    private WorksheetPart(XmlCellDecoder decoder, SheetCells cells, ReadLimits limits) {
        this.decoder = decoder;
        this.cells = cells;
        this.limits = limits;
    }

    static void read(XMLInputFactory factory, InputStream in, XmlCellDecoder decoder, SheetCells cells,
                     ReadLimits limits) throws XMLStreamException, IOException {
        WorksheetPart part = new WorksheetPart(decoder, cells, limits);
        try (XmlPart xml = XmlPart.open(factory, in)) {
            for (int event = xml.next(); event != XMLStreamConstants.END_DOCUMENT; event = xml.next()) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> part.start(xml);
                    case XMLStreamConstants.END_ELEMENT -> part.end(xml.name());
                    default -> {
                        if (part.capturing) {
                            xml.appendText(part.value);
                            if (part.value.length() > limits.maxTextLength()) {
                                throw new LimitReached("text-length", limits.maxTextLength());
                            }
                        }
                    }
                }
            }
        }
    }

    private void start(XmlPart xml) {
        switch (xml.name()) {
            case "row" -> {
                startRow(xml.attribute("r"));
                if (isTrue(xml.attribute("hidden"))) {
                    cells.hideRow(rowIndex);
                }
            }
            case "mergeCell" -> merge(xml.attribute("ref"));
            case "c" -> startCell(xml);
            case "f" -> hasFormula = true;
            case "v" -> {
                hasValue = true;
                capturing = true;
            }
            case "is" -> inInlineString = true;
            case "rPh" -> inPhonetic = true;
            // rich text runs of an inline string are joined; phonetic guides are not part of the text
            case "t" -> capturing = inInlineString && !inPhonetic;
            default -> {
                // other elements carry layout, not values
            }
        }
    }

    private void end(String name) throws XMLStreamException {
        switch (name) {
            case "v", "t" -> capturing = false;
            case "is" -> inInlineString = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            default -> {
                // nothing to finish
            }
        }
    }

    private static boolean isTrue(String attribute) {
        return attribute != null && (attribute.trim().equals("1") || attribute.trim().equalsIgnoreCase("true"));
    }

    /** A merged area, e.g. {@code ref="B13:B14"}; whole rows or columns (no corner cells) merge no values. */
    private void merge(String reference) {
        if (reference == null || !reference.contains(":")) {
            return;
        }
        String[] corners = reference.split(":", 2);
        CellReferences.Parsed first = CellReferences.parse(corners[0].trim());
        CellReferences.Parsed last = CellReferences.parse(corners[1].trim());
        if (first.row() >= 0 && last.row() >= first.row() && first.column() >= 0 && last.column() >= first.column()) {
            cells.merge(first.row(), last.row(), first.column(), last.column());
        }
    }

    private void startRow(String reference) {
        // a row without r follows the previous one
        rowIndex = reference == null ? rowIndex + 1 : Integer.parseInt(reference.trim()) - 1;
        nextColumn = 0;
        requireWithinRows(rowIndex);
    }

    private void requireWithinRows(int row) {
        if (row >= limits.maxRows()) {
            throw new LimitReached("rows", limits.maxRows());
        }
    }

    private void startCell(XmlPart xml) {
        String reference = xml.attribute("r");
        if (reference == null) {
            // writers may leave r out; the cell then sits right after the previous one
            cellRow = rowIndex;
            cellColumn = nextColumn;
        } else {
            CellReferences.Parsed parsed = CellReferences.parse(reference);
            cellRow = parsed.row() < 0 ? rowIndex : parsed.row();
            cellColumn = parsed.column();
            // keeps counting right should the next row leave out its r
            rowIndex = cellRow;
        }
        requireWithinRows(cellRow);
        if (cellColumn >= limits.maxColumns()) {
            throw new LimitReached("columns", limits.maxColumns());
        }
        String type = xml.attribute("t");
        cellType = type == null ? "n" : type;
        String style = xml.attribute("s");
        cellStyle = style == null ? 0 : Integer.parseInt(style.trim());
        hasFormula = false;
        hasValue = false;
        inInlineString = false;
        inPhonetic = false;
        capturing = false;
        value.setLength(0);
    }

    private void endCell() throws XMLStreamException {
        nextColumn = cellColumn + 1;
        if (hasFormula && hasNoCachedValue()) {
            cells.markUncomputed(cellRow, cellColumn);
            return;
        }
        decoder.decode(cellType, value.toString(), cellStyle).ifPresent(decoded -> {
            cells.put(cellRow, cellColumn, decoded);
            if (decoded instanceof CellValue.Text) {
                cells.font(cellRow, cellColumn, decoder.fontName(cellStyle));
            }
        });
    }

    /**
     * Files written by scripts (openpyxl, POI without evaluation) leave {@code <v>} out or empty. An empty value is a
     * real result only for a text formula ({@code t="str"}), e.g. {@code =IF(A1="";"";A1)}.
     */
    private boolean hasNoCachedValue() {
        return !hasValue || (value.length() == 0 && !cellType.equals("str"));
    }
}
