package vn.tonghop.report.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document laid out as Vietnamese administrative documents are: A4, margins 20 mm top and bottom, 30 mm left,
 * 15 mm right, Times New Roman. Paragraphs, borderless layout tables and bordered figure tables; sizes in points,
 * widths in twentieths of a point (twips).
 */
final class DraftDocument implements AutoCloseable {

    static final String FONT = "Times New Roman";
    /** The width between the margins: 210 mm - 30 mm - 15 mm. */
    static final int TEXT_WIDTH = 9355;

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MM_20 = 1134;
    private static final int MM_30 = 1701;
    private static final int MM_15 = 850;
    private static final int FIRST_LINE_INDENT = 567;

    /** How a run of text looks. */
    record Font(int size, boolean bold, boolean italic, boolean underline) {
        static Font plain(int size) {
            return new Font(size, false, false, false);
        }

        static Font bold(int size) {
            return new Font(size, true, false, false);
        }

        static Font italic(int size) {
            return new Font(size, false, true, false);
        }
    }

    private final XWPFDocument document = new XWPFDocument();

    DraftDocument(String spellingLanguage) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MM_20));
        margins.setBottom(BigInteger.valueOf(MM_20));
        margins.setLeft(BigInteger.valueOf(MM_30));
        margins.setRight(BigInteger.valueOf(MM_15));
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        document.getStyles().setSpellingLanguage(spellingLanguage);
    }

    /** A paragraph of the body with one run of text. */
    XWPFParagraph paragraph(String text, Font font, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        append(paragraph, text, font);
        return paragraph;
    }

    /** A paragraph of running text: justified, its first line indented. */
    XWPFParagraph bodyText(String text, Font font) {
        XWPFParagraph paragraph = paragraph(text, font, ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setSpacingBetween(1.15);
        return paragraph;
    }

    /** An empty paragraph that adds vertical space. */
    void space(int points) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(points, LineSpacingRule.EXACT);
    }

    /**
     * A table with fixed column widths. Borderless tables lay out the heading and the signature side by side;
     * bordered ones hold figures.
     */
    XWPFTable table(int rows, int[] widths, boolean borders) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < widths.length; column++) {
                row.getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        if (!borders) {
            table.removeBorders();
        }
        return table;
    }

    /** Writes text into a cell: its first paragraph if still empty, otherwise a new one below. */
    static XWPFParagraph cellText(XWPFTableCell cell, String text, Font font, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(cell.getParagraphs().size() - 1);
        if (!paragraph.getRuns().isEmpty()) {
            paragraph = cell.addParagraph();
        }
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        append(paragraph, text, font);
        return paragraph;
    }

    /** Joins this cell with the {@code count - 1} cells to its right. */
    static void spanColumns(XWPFTableRow row, int column, int count) {
        CTTcPr properties = properties(row.getCell(column));
        properties.addNewGridSpan().setVal(BigInteger.valueOf(count));
        int width = 0;
        for (int i = 0; i < count; i++) {
            width += row.getCell(column + i).getWidth();
        }
        row.getCell(column).setWidth(String.valueOf(width));
        for (int i = 1; i < count; i++) {
            row.removeCell(column + 1);
        }
    }

    /** Joins a cell with the one below it, which must then stay empty. */
    static void spanRows(XWPFTableCell top, XWPFTableCell below) {
        properties(top).addNewVMerge().setVal(STMerge.RESTART);
        properties(below).addNewVMerge().setVal(STMerge.CONTINUE);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    static void append(XWPFParagraph paragraph, String text, Font font) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(font.size());
        run.setBold(font.bold());
        run.setItalic(font.italic());
        if (font.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setText(text);
    }

    void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
