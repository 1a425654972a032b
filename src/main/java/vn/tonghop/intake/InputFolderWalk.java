package vn.tonghop.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One walk of the input folder and its sub-folders: every entry that is, or stands in the place of, a file. This is
 * the one place that decides what a symbolic link, a folder or a special file found there stands for; nothing here
 * opens a file.
 * <ul>
 *   <li>a regular file is a {@link Kind#FILE};</li>
 *   <li>a link to a file outside the input folder is {@link Kind#LINK_OUTSIDE}: never read, since nothing outside
 *       the folder staff fill may reach the figures or the return workbooks;</li>
 *   <li>a link to a file inside it is {@link Kind#LINK_INSIDE}: not read through, the file being read where it
 *       is, so that its figures count once;</li>
 *   <li>a file of several names (hard links) is the same file under each: of its names inside the folder the first
 *       visible one (by name) is read, the others are {@link Kind#LINK_INSIDE}; if it has a name outside the folder too
 *       (more names than the folder holds), every name is {@link Kind#LINK_OUTSIDE}, as a symbolic link there
 *       would be. Where the file system does not count names (Windows), each name is a file;</li>
 *   <li>a link to nothing, a pipe, a socket or a device is {@link Kind#NOT_A_FILE}: never opened (reading a pipe
 *       would wait for a writer for ever);</li>
 *   <li>a folder (or a link to one) named like a workbook ({@code DV001.xlsx/}) is {@link Kind#NOT_A_FILE} too, and
 *       not looked into: it is no report, and saying so beats reading whatever it holds as reports;</li>
 *   <li>other folders are walked, except hidden ones ({@code .name}); links to other folders are not followed;</li>
 *   <li>a sub-folder that cannot be listed (no permission) is {@link Kind#UNLISTED_FOLDER}: it may hold reports, so
 *       it is named rather than skipped.</li>
 * </ul>
 */
final class InputFolderWalk {

    enum Kind {
        /** Its content can be read, unless permissions or another program forbid it. */
        FILE,
        /** Not a file at all; opening it would fail or block. */
        NOT_A_FILE,
        /** A sub-folder whose content cannot be listed. */
        UNLISTED_FOLDER,
        /** A link to a file outside the input folder. */
        LINK_OUTSIDE,
        /** A link to a file inside the input folder, which is read where it is. */
        LINK_INSIDE
    }

    /**
     * @param path  where the entry is, for reading it
     * @param name  relative to the input folder, with '/'
     * @param state the size and time of a file's content (a link's target); size 0 for the other kinds
     */
    record Entry(Path path, String name, Kind kind, FileState state) {

        /** The name's last part, {@code DV001.xlsx} of {@code thang-6/DV001.xlsx}. */
        String fileName() {
            return path.getFileName().toString();
        }
    }

    private InputFolderWalk() {
    }

    /**
     * The entries under {@code folder}, by relative name. A folder given as a link is walked where it leads, so
     * names stay relative to it.
     */
    static List<Entry> entries(Path folder) {
        List<Entry> entries = new ArrayList<>();
        Map<Path, Object> fileKeys = new HashMap<>();
        try {
            Path root = folder.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHiddenName(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (InputFolderScanner.hasWorkbookExtension(dir.getFileName().toString())) {
                        entries.add(notAFile(root, dir, attrs));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Entry entry = classify(root, file, attrs);
                    if (entry != null) {
                        entries.add(entry);
                        if (entry.kind() == Kind.FILE && attrs.fileKey() != null && nameCount(file) > 1) {
                            fileKeys.put(file, attrs.fileKey());
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (file.equals(root)) {
                        throw failure;
                    }
                    // one removed while walking is gone, not unreadable
                    if (!(failure instanceof NoSuchFileException) && !isHiddenName(file)) {
                        entries.add(new Entry(file, name(root, file), Kind.UNLISTED_FOLDER,
                                new FileState(0, ownTime(file))));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input folder " + folder.toAbsolutePath(), e);
        }
        entries.sort(Comparator.comparing(Entry::name));
        return fileKeys.isEmpty() ? entries : oneNamePerFile(entries, fileKeys);
    }

    /** The entries with every file of several names read under one name at most; see the class comment. */
    private static List<Entry> oneNamePerFile(List<Entry> entries, Map<Path, Object> fileKeys) {
        Map<Object, Integer> namesInside = new HashMap<>();
        fileKeys.values().forEach(key -> namesInside.merge(key, 1, Integer::sum));
        // the name read: the first that is not hidden nor a lock file's, which are never read
        Map<Object, Path> readName = new HashMap<>();
        for (Entry entry : entries) {
            Object key = fileKeys.get(entry.path());
            if (key != null && !isHiddenName(entry.path()) && !entry.fileName().startsWith("~$")) {
                readName.putIfAbsent(key, entry.path());
            }
        }
        List<Entry> result = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Object key = fileKeys.get(entry.path());
            if (key == null) {
                result.add(entry);
            } else if (nameCount(entry.path()) > namesInside.get(key)) {
                result.add(new Entry(entry.path(), entry.name(), Kind.LINK_OUTSIDE, entry.state()));
            } else {
                result.add(entry.path().equals(readName.get(key)) ? entry
                        : new Entry(entry.path(), entry.name(), Kind.LINK_INSIDE, entry.state()));
            }
        }
        return result;
    }

    /** How many names (hard links) the file has; 1 where the file system does not tell. */
    private static int nameCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1; // no unix view (Windows): each name is taken as a file of its own
        }
    }

    /** What an entry met by the walk (its own attributes, links not followed) stands for; null to leave it out. */
    private static Entry classify(Path root, Path file, BasicFileAttributes own) throws IOException {
        if (own.isRegularFile()) {
            return new Entry(file, name(root, file), Kind.FILE, state(own));
        }
        if (!own.isSymbolicLink()) {
            // a pipe, a socket, a device
            return notAFile(root, file, own);
        }
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return notAFile(root, file, own);
        } catch (FileSystemException e) {
            // a loop of links, or a target this user may not look at: cannot be opened either way
            return notAFile(root, file, own);
        }
        if (target.isRegularFile()) {
            Kind kind = file.toRealPath().startsWith(root) ? Kind.LINK_INSIDE : Kind.LINK_OUTSIDE;
            return new Entry(file, name(root, file), kind, state(own));
        }
        if (target.isDirectory() && !InputFolderScanner.hasWorkbookExtension(file.getFileName().toString())) {
            return null;
        }
        return notAFile(root, file, own);
    }

    private static Entry notAFile(Path root, Path file, BasicFileAttributes own) {
        return new Entry(file, name(root, file), Kind.NOT_A_FILE, new FileState(0, own.lastModifiedTime()
                .toInstant()));
    }

    /** When an entry that cannot be read changed, as far as its folder tells; the epoch, sorting oldest, if not. */
    private static Instant ownTime(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static FileState state(BasicFileAttributes attributes) {
        return new FileState(attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHiddenName(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
