package vn.tonghop.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the input folder, identified by the SHA-256 of its content.
 *
 * @param sha256 null when the content could not be read while listing (no permission, held open by another
 *               program, not a file at all): such a file is never taken for an earlier one and is tried again by
 *               every run
 */
public record SourceFile(Path path, String name, long size, Instant lastModified, String sha256) {
}
