package vn.tonghop.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per data folder: an exclusive lock on {@code <data>/tonghop.lock}, held for the life of the
 * process and released by the operating system when the process dies, so a crash never leaves a stale lock.
 */
public final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "tonghop.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) holds it. */
    public static Optional<DataFolderLock> tryAcquire(Path data) throws IOException {
        Files.createDirectories(data);
        FileChannel channel = FileChannel.open(data.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new DataFolderLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process: still "already running"
        }
        channel.close();
        return Optional.empty();
    }

    /** The one-line reason given when the lock is held elsewhere. */
    public static String inUse(Path data) {
        return "another tonghop run or watch is using the data folder " + data.toAbsolutePath()
                + "; nothing was done";
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
