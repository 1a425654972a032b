package vn.tonghop.report.draft;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A written {@code bao-cao.docx} read back with POI: the paragraphs of its body and its tables as texts. The
 * document's tables are, in order, the heading, the figures by form, the pilot units (when there are any) and the
 * closing (recipients and signature).
 *
 * @param paragraphs the body's paragraphs outside tables, in order, empty ones left out
 * @param tables     each table as rows of cell texts; a cell's paragraphs joined by a line break
 */
public record DraftReadBack(XWPFDocument document, List<String> paragraphs, List<List<List<String>>> tables) {

    public static DraftReadBack read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XWPFDocument document = new XWPFDocument(in);
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(text -> !text.isEmpty()).toList();
            List<List<List<String>>> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row.getTableCells().stream().map(DraftReadBack::text).toList());
                }
                tables.add(rows);
            }
            return new DraftReadBack(document, paragraphs, tables);
        }
    }

    private static String text(XWPFTableCell cell) {
        return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    /** The paragraph that follows the one with this text, e.g. the sentence after its section's heading. */
    public String after(String heading) {
        int index = paragraphs.indexOf(heading);
        if (index < 0 || index + 1 >= paragraphs.size()) {
            throw new AssertionError("no paragraph after '" + heading + "' in " + paragraphs);
        }
        return paragraphs.get(index + 1);
    }

    public List<List<String>> heading() {
        return tables.get(0);
    }

    public List<List<String>> closing() {
        return tables.get(tables.size() - 1);
    }
}
