package vn.tonghop.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * Writes the reason a command stopped into the log file too, so that a scheduled run that stopped on its setup
 * leaves a trace there and not only on a console nobody reads. Spring, which sets up the logging of a run, has not
 * started then (or has stopped), so the logging is set up here from the same logback-spring.xml. The logger writes
 * to the file only (see there): the console has the reason already.
 */
public final class FailureLog {

    private FailureLog() {
    }

    public static void record(int exitCode, String reason, Throwable cause) {
        if (Folders.writeProblem(Folders.LOGS, LogFolder.configured()).isPresent()) {
            // the log cannot be written (the setup check has said why on the console); trying would add noise
            return;
        }
        LoggingSystem logging = LoggingSystem.get(FailureLog.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        try {
            Logger log = LoggerFactory.getLogger(FailureLog.class);
            if (cause == null) {
                log.error("{} (exit code {})", reason, exitCode);
            } else {
                log.error("{} (exit code {})", reason, exitCode, cause);
            }
        } finally {
            // a later Spring start in this JVM (tests) sets up its logging afresh
            logging.cleanUp();
        }
    }
}
