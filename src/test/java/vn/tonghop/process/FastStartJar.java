package vn.tonghop.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The program as {@code mvn package} leaves it unpacked in {@code target/app} (system property {@code tonghop.app},
 * set by failsafe), with the class-data-sharing archive the build made there by one run of the sample. A child JVM
 * started from it spends about half the CPU time of {@code java -jar tonghop.jar} before it does any work, which adds
 * up over the dozens of processes the process tests start; it is also how README's faster start runs the program.
 */
final class FastStartJar {

    /** JVM options that every child process gets. */
    static final List<String> JVM_OPTIONS = List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8",
            // a quick start matters more to these tests than peak speed
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path jar;
    private final Path archive;

    private FastStartJar(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /** The unpacked application jar, to start with {@code -jar}. */
    Path jar() {
        return jar;
    }

    /** The options that make a child JVM use the archive; silent when the archive cannot be used. */
    List<String> archiveOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    /** The build's unpacked program. */
    static FastStartJar get() {
        String app = System.getProperty("tonghop.app");
        if (app == null || !Files.isRegularFile(Path.of(app, "tonghop.jar"))) {
            throw new IllegalStateException("system property tonghop.app must name the unpacked program that "
                    + "'mvn package' writes (target/app), not " + app);
        }
        Path folder = Path.of(app).toAbsolutePath();
        return new FastStartJar(folder.resolve("tonghop.jar"), folder.resolve("tonghop.jsa"));
    }

    /** The jar failsafe names in system property {@code tonghop.jar}. */
    static Path packagedJar() {
        String jar = System.getProperty("tonghop.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property tonghop.jar must name the packaged jar (run with "
                    + "'mvn verify'), not " + jar);
        }
        return Path.of(jar).toAbsolutePath();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
