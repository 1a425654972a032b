package vn.tonghop.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh folder for a test class's HSQLDB file database, made before the Spring context needs it. */
final class TestDatabases {

    private TestDatabases() {
    }

    static Path newFolder(String name) {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
