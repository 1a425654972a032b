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
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the input folder (and its sub-folders, which staff use to sort files by unit or date): workbooks to read,
 * identified by the SHA-256 of their content, and files to ignore.
 */
public final class InputFolderScanner {

    private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");
    /** Spreadsheets a unit may send by mistake but that are not read: Excel's binary and template formats, ODF. */
    private static final Set<String> OTHER_SPREADSHEET_EXTENSIONS = Set.of("xlsb", "xltx", "xltm", "xlt", "ods",
            "fods");

    public InputScan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("input folder not found: " + folder.toAbsolutePath()));
        }
        List<SourceFile> workbooks = new ArrayList<>();
        List<IgnoredFile> ignored = new ArrayList<>();
        for (Path file : regularFiles(folder)) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            IgnoredFile.Reason reason = ignoreReason(file);
            if (reason != null) {
                ignored.add(new IgnoredFile(name, reason));
            } else {
                workbooks.add(describe(file, name));
            }
        }
        return new InputScan(workbooks, ignored);
    }

    /** The files under {@code folder}, hidden sub-folders left out, by relative name. */
    static List<Path> regularFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !insideHiddenFolder(folder, file))
                    .sorted(Comparator.comparing(file -> folder.relativize(file).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean insideHiddenFolder(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static IgnoredFile.Reason ignoreReason(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("~$")) {
            return IgnoredFile.Reason.LOCK_FILE;
        }
        if (name.startsWith(".") || isHidden(file)) {
            return IgnoredFile.Reason.HIDDEN;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (WORKBOOK_EXTENSIONS.contains(extension)) {
            return null;
        }
        return OTHER_SPREADSHEET_EXTENSIONS.contains(extension) ? IgnoredFile.Reason.OTHER_SPREADSHEET
                : IgnoredFile.Reason.NOT_A_SPREADSHEET;
    }

    private static boolean isHidden(Path file) {
        try {
            return Files.isHidden(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static SourceFile describe(Path file, String name) {
        try {
            return new SourceFile(file.toAbsolutePath(), name, Files.size(file),
                    Files.getLastModifiedTime(file).toInstant(), sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
