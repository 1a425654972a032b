package vn.tonghop.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The floor no consolidator can go below: opens every .xlsx of a folder as a zip and inflates each entry, and
 * reads every stream of each .xls, in one thread, without interpreting a byte.
 *
 * <p>Usage: {@code InflateFloor <input folder>}; prints the files, the bytes read and the seconds it took.
 */
public final class InflateFloor {

    private InflateFloor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: InflateFloor <input folder>");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        int read = 0;
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                bytes += inflateZip(file, buffer);
                read++;
            } else if (name.endsWith(".xls")) {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    bytes += readStreams(fs.getRoot(), buffer);
                }
                read++;
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d bytes inflated in %.2f s%n", read, bytes,
                (System.nanoTime() - start) / 1e9);
    }

    private static long inflateZip(Path file, byte[] buffer) throws IOException {
        long bytes = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    bytes += drain(in, buffer);
                }
            }
        }
        return bytes;
    }

    private static long readStreams(DirectoryNode directory, byte[] buffer) throws IOException {
        long bytes = 0;
        for (Entry entry : directory) {
            if (entry instanceof DirectoryNode child) {
                bytes += readStreams(child, buffer);
            } else if (entry instanceof DocumentEntry document) {
                try (DocumentInputStream in = new DocumentInputStream(document)) {
                    bytes += drain(in, buffer);
                }
            }
        }
        return bytes;
    }

    private static long drain(InputStream in, byte[] buffer) throws IOException {
        long bytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes += n;
        }
        return bytes;
    }
}
