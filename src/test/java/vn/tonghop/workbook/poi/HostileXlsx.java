package vn.tonghop.workbook.poi;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx packages part by part, streaming the big parts into the zip: a million rows or strings take a few
 * MB on disk and nothing in memory. For the tests of strange and hostile files.
 */
public final class HostileXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** Writes a part's XML. */
    public interface PartWriter {
        void write(Writer out) throws IOException;
    }

    private final Map<String, PartWriter> parts = new LinkedHashMap<>();
    private PartWriter sheetData = out -> { };
    private PartWriter sharedStrings;

    /** The rows of the one sheet, {@code <row>...</row>} elements streamed by the writer. */
    public HostileXlsx rows(PartWriter rows) {
        this.sheetData = rows;
        return this;
    }

    public HostileXlsx rows(String rows) {
        return rows(out -> out.write(rows));
    }

    /** The {@code <si>} elements of the shared strings part. */
    public HostileXlsx sharedStrings(PartWriter items) {
        this.sharedStrings = items;
        return this;
    }

    /** One more part, e.g. padding that no relationship names. */
    public HostileXlsx extraPart(String name, String content) {
        parts.put(name, out -> out.write(content));
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Map<String, PartWriter> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", out -> out.write(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + SHEET_TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + SHEET_TYPE + "worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + SHEET_TYPE + "sharedStrings+xml\"/>"
                + "</Types>"));
        all.put("_rels/.rels", out -> out.write(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        all.put("xl/workbook.xml", out -> out.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS
                + "\"><sheets><sheet name=\"BaoCao\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        all.put("xl/_rels/workbook.xml.rels", out -> out.write(
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS
                + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>"));
        all.put("xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            sheetData.write(out);
            out.write("</sheetData></worksheet>");
        });
        if (sharedStrings != null) {
            all.put("xl/sharedStrings.xml", out -> {
                out.write("<sst xmlns=\"" + MAIN + "\">");
                sharedStrings.write(out);
                out.write("</sst>");
            });
        }
        all.putAll(parts);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, PartWriter> part : all.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                part.getValue().write(out);
                out.flush();
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Repeats an item, e.g. a million rows; {@code item} gets the index from 0. */
    public static PartWriter times(int count, IntFunction<String> item) {
        return out -> {
            for (int i = 0; i < count; i++) {
                out.write(item.apply(i));
            }
        };
    }
}
