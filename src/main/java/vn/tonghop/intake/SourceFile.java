package vn.tonghop.intake;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in the input folder, identified by the SHA-256 of its content. */
public record SourceFile(Path path, String name, long size, Instant lastModified, String sha256) {
}
