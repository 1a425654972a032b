package vn.tonghop.report.layout;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes a streamed sheet's rows to its temporary XML, the cells our outputs use (text, numbers, formulas with a
 * number or text result) without the garbage POI's writer makes per cell: a {@link CellReference} and its string
 * for each address, a string per style index, a code-point iterator and a {@code char[]} per character of text, and
 * "1234.0" for every count. The XML is the same as POI's apart from counts written as "1234"; any other cell, and a
 * workbook with a shared strings table (ours have none), is left to POI.
 */
final class SheetCellsWriter extends SheetDataWriter {

    /** Column letters A, B, ... for the columns an output sheet can reasonably have; further ones are computed. */
    private static final String[] COLUMNS = new String[256];
    /** The {@code s="..."} attribute text of the first style indexes. */
    private static final String[] STYLES = new String[512];
    /** Integral numbers up to this size are written without a decimal point; all are exact in a double. */
    private static final double LARGEST_WHOLE = 1e15;

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
        for (int i = 0; i < STYLES.length; i++) {
            STYLES[i] = Integer.toString(i);
        }
    }

    private String rowNumber;

    SheetCellsWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        FileOutputStream stream = new FileOutputStream(file);
        try {
            return new SheetXmlWriter(new OutputStreamWriter(decorateOutputStream(stream), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        CellType result = type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
        if (result != CellType.STRING && result != CellType.NUMERIC) {
            super.writeCell(columnIndex, cell);
            return;
        }
        _out.write("<c r=\"");
        _out.write(columnIndex < COLUMNS.length ? COLUMNS[columnIndex]
                : CellReference.convertNumToColString(columnIndex));
        _out.write(rowNumber);
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(style < STYLES.length ? STYLES[style] : Integer.toString(style));
            _out.write('"');
        }
        if (type == CellType.FORMULA) {
            formula(cell, result);
        } else if (type == CellType.NUMERIC) {
            _out.write(" t=\"n\"><v>");
            number(cell.getNumericCellValue());
            _out.write("</v>");
        } else {
            String text = cell.getStringCellValue();
            _out.write(" t=\"inlineStr\"><is><t");
            if (hasSpaceAtAnEnd(text)) {
                _out.write(" xml:space=\"preserve\"");
            }
            _out.write('>');
            outputEscapedString(text);
            _out.write("</t></is>");
        }
        _out.write("</c>");
    }

    private void formula(Cell cell, CellType result) throws IOException {
        _out.write(result == CellType.NUMERIC ? " t=\"n\"><f>" : " t=\"str\"><f>");
        outputEscapedString(cell.getCellFormula());
        _out.write("</f>");
        if (result == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (!Double.isNaN(value)) {
                _out.write("<v>");
                number(value);
                _out.write("</v>");
            }
        } else {
            String value = cell.getStringCellValue();
            if (value != null && !value.isEmpty()) {
                _out.write("<v>");
                outputEscapedString(value);
                _out.write("</v>");
            }
        }
    }

    private void number(double value) throws IOException {
        long whole = (long) value;
        if (whole == value && Math.abs(value) < LARGEST_WHOLE) {
            _out.write(Long.toString(whole));
        } else {
            _out.write(Double.toString(value));
        }
    }

    private static boolean hasSpaceAtAnEnd(String text) {
        return text != null && !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /**
     * As POI escapes text (markup characters and line breaks as references, other control characters and the two
     * non-characters as '?'), but a text that needs none of it, nearly all, is written in one call.
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        int plain = 0;
        while (plain < text.length() && !needsEscape(text.charAt(plain))) {
            plain++;
        }
        _out.write(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> _out.write("&lt;");
                case '>' -> _out.write("&gt;");
                case '&' -> _out.write("&amp;");
                case '"' -> _out.write("&quot;");
                case '\n' -> _out.write("&#xa;");
                case '\r' -> _out.write("&#xd;");
                case '\t' -> _out.write("&#x9;");
                case '\u00A0' -> _out.write("&#xa0;");
                default -> _out.write(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    private static boolean needsEscape(char c) {
        return c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE';
    }
}
