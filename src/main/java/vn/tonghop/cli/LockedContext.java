package vn.tonghop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command's work with the data folder locked and the Spring context started on it; refuses at once, writing
 * nothing, when the data folder cannot be used or another tonghop holds it.
 */
final class LockedContext {

    /** The work of a command, given the started context; returns the exit code. */
    interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private LockedContext() {
    }

    static int run(Consoles consoles, Path data, Work work) throws Exception {
        Setup.requireDataFolder(data, List.of());
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(data);
        if (lock.isEmpty()) {
            consoles.fail(DataFolderLock.inUse(data));
            return ExitCodes.ALREADY_RUNNING;
        }
        try (DataFolderLock held = lock.get(); ConfigurableApplicationContext context =
                ApplicationContexts.start(data)) {
            return work.run(context);
        }
    }
}
