package vn.tonghop.workbook.poi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The parts of an OOXML package (a zip archive), found by part name as relationships give them ({@code /xl/workbook.xml}).
 * Part names are case-insensitive in OOXML, so a part is also found when a writer changed the case of its entry.
 */
final class PackageParts {

    /**
     * A part may inflate to at most this many times its compressed size (beyond a first {@link #GRACE_BYTES}): real
     * workbook parts stay far below it, a zip bomb goes far above.
     */
    private static final long MAX_INFLATE_RATIO = 100;
    private static final long GRACE_BYTES = 1 << 20;

    private final ZipFile zip;
    private final long maxUnpackedBytes;
    /** What all parts opened so far inflated to, together. */
    private long unpacked;
    private Map<String, ZipEntry> entriesIgnoringCase;

    /** @param maxUnpackedBytes what all parts read may inflate to together, however well they compress */
    PackageParts(ZipFile zip, long maxUnpackedBytes) {
        this.zip = zip;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    ZipFile zip() {
        return zip;
    }

    boolean has(String partName) {
        return entry(partName) != null;
    }

    /** The content of a part; null when the package has no such part. */
    InputStream open(String partName) throws IOException {
        ZipEntry entry = entry(partName);
        if (entry == null) {
            return null;
        }
        return new InflateGuard(zip.getInputStream(entry), partName, entry.getCompressedSize(), this);
    }

    private ZipEntry entry(String partName) {
        String entryName = partName.startsWith("/") ? partName.substring(1) : partName;
        ZipEntry entry = zip.getEntry(entryName);
        if (entry != null) {
            return entry;
        }
        if (entriesIgnoringCase == null) {
            entriesIgnoringCase = new HashMap<>();
            zip.stream().forEach(e -> entriesIgnoringCase.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e));
        }
        return entriesIgnoringCase.get(entryName.toLowerCase(Locale.ROOT));
    }

    /** The relationships part of a part: {@code /xl/workbook.xml} has {@code /xl/_rels/workbook.xml.rels}. */
    static String relationshipsOf(String partName) {
        int slash = partName.lastIndexOf('/');
        return partName.substring(0, slash + 1) + "_rels/" + partName.substring(slash + 1) + ".rels";
    }

    /**
     * The part name a relationship target points to, resolved against the folder of its source part, e.g.
     * {@code worksheets/sheet1.xml} from {@code /xl/workbook.xml} is {@code /xl/worksheets/sheet1.xml}.
     */
    static String resolve(String sourcePartName, String target) {
        String path = decoded(target.strip());
        String joined = path.startsWith("/") ? path
                : sourcePartName.substring(0, sourcePartName.lastIndexOf('/') + 1) + path;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Targets are URIs: {@code sheet%201.xml} names {@code sheet 1.xml}. */
    private static String decoded(String target) {
        if (target.indexOf('%') < 0) {
            return target;
        }
        try {
            String path = new URI(target).getPath();
            return path == null ? target : path;
        } catch (URISyntaxException e) {
            // not a valid URI (a writer left a space unescaped): the text is the name
            return target;
        }
    }

    /** Stops reading a part that inflates far more than any real workbook part does. */
    private static final class InflateGuard extends FilterInputStream {

        private final String partName;
        private final long limit;
        private final PackageParts parts;
        private long read;

        InflateGuard(InputStream in, String partName, long compressedSize, PackageParts parts) {
            super(in);
            this.partName = partName;
            this.parts = parts;
            this.limit = GRACE_BYTES + Math.max(0, compressedSize) * MAX_INFLATE_RATIO;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            parts.unpacked += n;
            if (parts.unpacked > parts.maxUnpackedBytes) {
                throw new LimitReached("unpacked-bytes", parts.maxUnpackedBytes);
            }
            if (read > limit) {
                throw new IOException("part " + partName + " inflates to more than " + MAX_INFLATE_RATIO
                        + " times its compressed size: not a real workbook part");
            }
        }
    }
}
