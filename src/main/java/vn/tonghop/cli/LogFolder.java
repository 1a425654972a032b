package vn.tonghop.cli;

import java.nio.file.Path;

/**
 * The folder of {@code tonghop.log}, found as logback-spring.xml finds it: the property {@code tonghop.logs}, else
 * the environment variable {@code TONGHOP_LOGS}, else {@code logs} in the working folder.
 */
final class LogFolder {

    private LogFolder() {
    }

    static Path configured() {
        String property = System.getProperty("tonghop.logs");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv("TONGHOP_LOGS");
        return Path.of(variable != null && !variable.isBlank() ? variable : "logs");
    }
}
