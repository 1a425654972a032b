package vn.tonghop.workbook.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import vn.tonghop.workbook.UnreadableWorkbookException;
import vn.tonghop.workbook.Workbook;

/** Reads through the public reader and checks, every time, that the file was left exactly as it was. */
final class ReadingHelper {

    private ReadingHelper() {
    }

    static Workbook readUnchanged(Path file) throws IOException, UnreadableWorkbookException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<Path> folder = listing(file.getParent());
        try {
            return new PoiWorkbookReader().read(file);
        } finally {
            assertThat(Files.readAllBytes(file)).as("content of %s after reading", file).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(file)).as("last modified of %s", file).isEqualTo(modified);
            assertThat(listing(file.getParent())).as("files beside %s", file).isEqualTo(folder);
        }
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
