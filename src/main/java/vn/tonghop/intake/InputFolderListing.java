package vn.tonghop.intake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cheap listing of the workbooks of the input folder (name, size, modification time; no content read), for
 * {@code watch} to poll. The same files as the intake are left out: lock files, hidden files, non-spreadsheets.
 * Entries named like workbooks that are not files (a folder, a pipe, a link to nothing) are left out too: no wait
 * completes them, and every run reports them as files that cannot be opened.
 */
public final class InputFolderListing {

    private final Path folder;

    public InputFolderListing(Path folder) {
        this.folder = folder;
    }

    /** Workbook name (relative to the folder, with '/') → size and modification time. */
    public Map<String, FileState> list() {
        Map<String, FileState> listing = new LinkedHashMap<>();
        for (InputFolderWalk.Entry entry : InputFolderWalk.entries(folder)) {
            if (entry.kind() == InputFolderWalk.Kind.FILE && InputFolderScanner.ignoreReason(entry) == null) {
                listing.put(entry.name(), entry.state());
            }
        }
        return listing;
    }

    /**
     * Whether the file can be opened for reading now. On Windows a file being copied is held open by the copier
     * and cannot be opened; its size (set up front) and time (the source's) may look settled already. Something
     * that is no longer a regular file is not opened: opening a pipe would wait for a writer.
     */
    public boolean canOpen(String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.isOpen();
        } catch (IOException e) {
            return false;
        }
    }
}
