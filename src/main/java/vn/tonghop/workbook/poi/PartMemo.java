package vn.tonghop.workbook.poi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The small parts that say where things are in a package (content types, relationships, the workbook part, the
 * styles), parsed once per distinct content: the workbooks made from one template carry them byte for byte the
 * same, and parsing them again for every file was a tenth of the checking. A part is taken as parsed only when its
 * bytes are exactly those of a part parsed before (never by a checksum), with the same source part for
 * relationships, whose targets are resolved against it. One memo per check thread; bounded.
 */
final class PartMemo {

    /** Larger parts are parsed as they stream, as before: a workbook with its own styles is not worth keeping. */
    static final int MAX_PART_BYTES = 64 * 1024;
    private static final int MAX_ENTRIES = 64;

    /** Parses a part's content; the stream is null when the package has no such part. */
    interface Parser<T> {
        T parse(InputStream in) throws XMLStreamException, IOException;
    }

    /**
     * A part's kind, source and exact bytes. Its hash is taken from the length and at most 64 bytes spread over the
     * content, not from every byte (hashing every byte of every part was a third of the memo's cost); two keys
     * are equal only when every byte is.
     */
    private static final class Key {

        private static final int SAMPLED_BYTES = 64;

        private final Class<?> type;
        private final String sourcePart;
        private final byte[] content;
        private final int hash;

        Key(Class<?> type, String sourcePart, byte[] content) {
            this.type = type;
            this.sourcePart = sourcePart;
            this.content = content;
            int h = 31 * (31 * type.hashCode() + sourcePart.hashCode()) + content.length;
            int step = Math.max(1, content.length / SAMPLED_BYTES);
            for (int i = content.length - 1; i >= 0; i -= step) {
                h = 31 * h + content[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && type == key.type
                    && sourcePart.equals(key.sourcePart) && Arrays.equals(content, key.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, Object> parsed = new LinkedHashMap<>(MAX_ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The part parsed, or the result of parsing the same bytes before.
     *
     * @param type       what the parser gives (parts of different kinds never share a result)
     * @param sourcePart what else the result depends on, or ""
     */
    <T> T parse(Class<T> type, String sourcePart, InputStream in, Parser<T> parser)
            throws XMLStreamException, IOException {
        if (in == null) {
            return parser.parse(null);
        }
        byte[] head;
        try {
            head = in.readNBytes(MAX_PART_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        if (head.length > MAX_PART_BYTES) {
            return parser.parse(new SequenceInputStream(new ByteArrayInputStream(head), in));
        }
        in.close();
        Key key = new Key(type, sourcePart, head);
        Object known = parsed.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T result = parser.parse(new ByteArrayInputStream(head));
        parsed.put(key, result);
        return result;
    }
}
