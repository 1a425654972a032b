package vn.tonghop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Whether this Java reads file names intact. On Linux and other Unix systems Java 17 decodes file names, the working
 * folder and the command line with the locale's charset ({@code sun.jnu.encoding}; {@code -Dfile.encoding} does not
 * change it): under the C/POSIX locale of cron and systemd that is ASCII, and {@code DV017 Sở Y tế.xlsx} comes out
 * garbled, a name that no longer opens the file. Windows hands names over as UTF-16 and macOS as UTF-8, whatever the
 * locale. A folder of plain ASCII names reads intact under any locale.
 */
public final class FileNameEncoding {

    private final String charset;
    private final boolean intact;

    FileNameEncoding(String charset, boolean windows) {
        this.charset = charset;
        this.intact = windows || isUtf8(charset);
    }

    public static FileNameEncoding ofThisJvm() {
        String charset = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        return new FileNameEncoding(charset, System.getProperty("os.name", "").startsWith("Windows"));
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false; // a charset Java does not know is not UTF-8
        }
    }

    /** Whether every file name reaches this Java intact. */
    public boolean decodesEveryName() {
        return intact;
    }

    /** Why names may come out garbled and how to start Java so that they do not; empty where they cannot. */
    public Optional<String> advice() {
        if (intact) {
            return Optional.empty();
        }
        return Optional.of("Java decodes file names as " + charset + " because the locale is not UTF-8; start it "
                + "under a UTF-8 locale: LANG=C.UTF-8 (with LC_ALL unset), or Environment=LANG=C.UTF-8 in its "
                + "systemd unit");
    }

    /**
     * Checks that the working folder and the paths given reach this Java intact.
     *
     * @throws SetupException naming the first that does not, why and how to fix it
     */
    public void requireIntact(String workingFolder, List<Path> paths) {
        if (intact) {
            return;
        }
        // the working folder's name is decoded too: garbled, it names no folder
        if (!isAscii(workingFolder) || !Files.isDirectory(Path.of(workingFolder))) {
            throw refused("the name of the working folder comes out as '" + workingFolder + "'");
        }
        for (Path path : paths) {
            if (!isAscii(path.toString())) {
                throw refused("the path '" + path + "' comes out garbled");
            }
        }
    }

    /**
     * Checks that every name under the input folder reaches this Java intact, before anything is read.
     *
     * @throws SetupException naming the first name that does not, why and how to fix it
     */
    public void requireIntactNames(Path inputFolder) {
        garbledName(inputFolder).ifPresent(name -> {
            throw refused("the names of the files in " + inputFolder.toAbsolutePath() + " come out garbled, e.g. '"
                    + name + "'");
        });
    }

    /** The first name under {@code folder}, relative to it, that does not reach this Java intact. */
    Optional<String> garbledName(Path folder) {
        if (intact || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        GarbledNameFinder finder = new GarbledNameFinder(folder);
        try {
            Files.walkFileTree(folder, finder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder.toAbsolutePath(), e);
        }
        return Optional.ofNullable(finder.found);
    }

    private SetupException refused(String what) {
        return new SetupException(what + ": " + advice().orElseThrow() + "; nothing was read");
    }

    /** Under a charset other than UTF-8, a name that is not plain ASCII has been decoded wrongly. */
    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 0x80);
    }

    private static final class GarbledNameFinder extends SimpleFileVisitor<Path> {

        private final Path root;
        private String found;

        GarbledNameFinder(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return check(dir);
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            return check(file);
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // a file or folder that cannot be opened is the intake's to report; its name is checked all the same
            return check(file);
        }

        private FileVisitResult check(Path path) {
            Path name = path.getFileName();
            if (!path.equals(root) && name != null && !isAscii(name.toString())) {
                found = root.relativize(path).toString();
                return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
