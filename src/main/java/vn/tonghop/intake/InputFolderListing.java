package vn.tonghop.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cheap listing of the workbooks of the input folder (name, size, modification time; no content read), for
 * {@code watch} to poll. The same files as the intake are left out: lock files, hidden files, non-spreadsheets.
 */
public final class InputFolderListing {

    private final Path folder;

    public InputFolderListing(Path folder) {
        this.folder = folder;
    }

    /** Workbook name (relative to the folder, with '/') → size and modification time. */
    public Map<String, FileState> list() {
        Map<String, FileState> listing = new LinkedHashMap<>();
        for (Path file : InputFolderScanner.regularFiles(folder)) {
            if (InputFolderScanner.ignoreReason(file) != null) {
                continue;
            }
            try {
                listing.put(folder.relativize(file).toString().replace('\\', '/'),
                        new FileState(Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            } catch (NoSuchFileException e) {
                // removed between the walk and now: the next poll no longer lists it
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + file, e);
            }
        }
        return listing;
    }

    /**
     * Whether the file can be opened for reading now. On Windows a file being copied is held open by the copier
     * and cannot be opened; its size (set up front) and time (the source's) may look settled already.
     */
    public boolean canOpen(String name) {
        try (FileChannel channel = FileChannel.open(folder.resolve(name), StandardOpenOption.READ)) {
            return channel.isOpen();
        } catch (IOException e) {
            return false;
        }
    }
}
