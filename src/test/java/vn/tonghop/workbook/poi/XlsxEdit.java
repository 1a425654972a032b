package vn.tonghop.workbook.poi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a real .xlsx package while changing its parts: the shapes of hostile files that no spreadsheet program
 * writes (a DOCTYPE, a part given twice, Strict namespaces, entries stored uncompressed). For the tests of strange
 * and hostile files.
 */
public final class XlsxEdit {

    private final Path source;
    private final Map<String, UnaryOperator<byte[]>> edits = new LinkedHashMap<>();
    private final Map<String, byte[]> extras = new LinkedHashMap<>();
    private UnaryOperator<String> everyPart = UnaryOperator.identity();
    private boolean stored;
    private String duplicated;
    private UnaryOperator<String> duplicateEdit;

    private XlsxEdit(Path source) {
        this.source = source;
    }

    public static XlsxEdit of(Path source) {
        return new XlsxEdit(source);
    }

    /** Passes the XML of one part through {@code edit}. */
    public XlsxEdit text(String part, UnaryOperator<String> edit) {
        return bytes(part, content -> edit.apply(new String(content, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    }

    public XlsxEdit bytes(String part, UnaryOperator<byte[]> edit) {
        edits.merge(part, edit, (first, second) -> content -> second.apply(first.apply(content)));
        return this;
    }

    /** Passes every XML part (and relationships part) through {@code edit}. */
    public XlsxEdit everyPart(UnaryOperator<String> edit) {
        this.everyPart = edit;
        return this;
    }

    /** Adds a part that no relationship names. */
    public XlsxEdit extra(String part, String content) {
        extras.put(part, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Writes every entry stored, not deflated. */
    public XlsxEdit stored() {
        this.stored = true;
        return this;
    }

    /** Writes {@code part} a second time under the same name, after the first, passed through {@code edit}. */
    public XlsxEdit duplicate(String part, UnaryOperator<String> edit) {
        this.duplicated = part;
        this.duplicateEdit = edit;
        return this;
    }

    /** The sheet XML with the value of the cell at {@code address} replaced by {@code xml}, its formula dropped. */
    public static UnaryOperator<String> cellValue(String address, String valueXml) {
        return xml -> {
            String replaced = xml.replaceFirst("<c r=\"" + address + "\"([^>]*?)(/>|>.*?</c>)",
                    Matcher.quoteReplacement("<c r=\"" + address + "\">" + valueXml + "</c>"));
            if (replaced.equals(xml)) {
                throw new IllegalArgumentException("no cell " + address);
            }
            return replaced;
        };
    }

    public Path writeTo(Path target) throws IOException {
        String placeholder = duplicated == null ? null : duplicated.substring(0, duplicated.length() - 1) + "~";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                byte[] content = readAll(in);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    content = everyPart.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                put(out, name, edits.getOrDefault(name, UnaryOperator.identity()).apply(content));
                if (name.equals(duplicated)) {
                    put(out, placeholder, duplicateEdit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            for (Map.Entry<String, byte[]> extra : extras.entrySet()) {
                put(out, extra.getKey(), extra.getValue());
            }
        }
        byte[] written = bytes.toByteArray();
        if (placeholder != null) {
            // the zip stream refuses a name twice: the copy went in under a name of the same length, renamed here
            replaceAll(written, placeholder.getBytes(StandardCharsets.US_ASCII),
                    duplicated.getBytes(StandardCharsets.US_ASCII));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        return Files.write(target, written);
    }

    private void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }

    private static void replaceAll(byte[] data, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, data, i, to.length);
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }
}
