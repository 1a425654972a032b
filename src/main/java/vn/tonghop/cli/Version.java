package vn.tonghop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version of tonghop: the jar manifest's {@code Implementation-Version}, or, when run from the compiled classes
 * (tests, an IDE), the project version Maven wrote into application.properties.
 */
final class Version {

    private static final String RESOURCE = "/application.properties";
    private static final String KEY = "tonghop.version";

    private Version() {
    }

    static String current() {
        return Optional.ofNullable(Version.class.getPackage().getImplementationVersion())
                .or(Version::fromBuild)
                .orElse("unknown (not built by Maven)");
    }

    private static Optional<String> fromBuild() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            // '@project.version@' when Maven did not filter the resource
            return Optional.ofNullable(properties.getProperty(KEY)).filter(version -> !version.contains("@"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
