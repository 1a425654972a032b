package vn.tonghop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the input folder (and its sub-folders, which staff use to sort files by unit or date): workbooks to read,
 * identified by the SHA-256 of their content, and files to ignore. A workbook that cannot be opened is listed
 * without a SHA-256 rather than stopping the run; see {@link InputFolderWalk} for links, folders and pipes.
 */
public final class InputFolderScanner {

    private static final Logger log = LoggerFactory.getLogger(InputFolderScanner.class);

    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    /** Spreadsheets a unit may send by mistake but that are not read: Excel's binary and template formats, ODF. */
    private static final Set<String> OTHER_SPREADSHEET_EXTENSIONS = Set.of("xlsb", "xltx", "xltm", "xlt", "ods",
            "fods");

    public InputScan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("input folder not found: " + folder.toAbsolutePath()));
        }
        List<InputFolderWalk.Entry> toRead = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        for (InputFolderWalk.Entry entry : InputFolderWalk.entries(folder)) {
            IgnoredFile.Reason reason = ignoreReason(entry);
            if (reason != null) {
                ignored.add(new IgnoredFile(entry.name(), reason));
            } else {
                toRead.add(entry);
            }
        }
        // hashing is most of a scan: the workbooks are hashed on every processor at once, kept in the walk's order
        List<Described> described = toRead.parallelStream().map(InputFolderScanner::describe).toList();
        List<SourceFile> workbooks = new ArrayList<>(described.size());
        for (Described workbook : described) {
            if (workbook.unreadable() != null) {
                log.info("{}: cannot be opened ({}); it is reported as FILE_UNREADABLE", workbook.file().name(),
                        workbook.unreadable().toString());
            }
            workbooks.add(workbook.file());
        }
        return new InputScan(workbooks, ignored);
    }

    /** A workbook to check, and why its content could not be read while listing, if it could not. */
    private record Described(SourceFile file, IOException unreadable) {
    }

    /**
     * Why an entry of the input folder is not read, or null when it is taken as a workbook. Lock files and hidden
     * files are ignored whatever they are; a sub-folder that cannot be listed is always reported, as it may hold
     * reports.
     */
    static IgnoredFile.Reason ignoreReason(InputFolderWalk.Entry entry) {
        if (entry.kind() == InputFolderWalk.Kind.UNLISTED_FOLDER) {
            return null;
        }
        String name = entry.fileName();
        if (name.startsWith("~$")) {
            return IgnoredFile.Reason.LOCK_FILE;
        }
        if (name.startsWith(".") || isHidden(entry.path())) {
            return IgnoredFile.Reason.HIDDEN;
        }
        if (entry.kind() == InputFolderWalk.Kind.LINK_OUTSIDE) {
            return IgnoredFile.Reason.LINK_OUTSIDE_INPUT;
        }
        if (entry.kind() == InputFolderWalk.Kind.LINK_INSIDE) {
            return IgnoredFile.Reason.LINK_TO_INPUT_FILE;
        }
        if (hasWorkbookExtension(name)) {
            return null;
        }
        return OTHER_SPREADSHEET_EXTENSIONS.contains(extension(name)) ? IgnoredFile.Reason.OTHER_SPREADSHEET
                : IgnoredFile.Reason.NOT_A_SPREADSHEET;
    }

    static boolean hasWorkbookExtension(String name) {
        return WORKBOOK_EXTENSIONS.contains(extension(name));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path file) {
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A workbook to check. One whose content cannot be read now (no permission, held by another program, not a
     * file at all) gets no SHA-256: the check then reports it as a file that cannot be opened, and the next run
     * tries it again.
     */
    private static Described describe(InputFolderWalk.Entry entry) {
        String sha256 = null;
        IOException unreadable = null;
        if (entry.kind() == InputFolderWalk.Kind.FILE) {
            try {
                sha256 = sha256(entry.path());
            } catch (IOException e) {
                unreadable = e;
            }
        }
        return new Described(new SourceFile(entry.path().toAbsolutePath(), entry.name(), entry.state().size(),
                entry.state().lastModified(), sha256), unreadable);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        if (!Files.isRegularFile(file)) {
            // it became something else since the walk: a pipe must never be opened
            throw new IOException("not a regular file: " + file);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
