package vn.tonghop.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar as Spring Boot's tools jar mode extracts it (the application jar beside {@code lib/}), with a
 * class-data-sharing archive written by one training run of the job. A child JVM started from it with that archive
 * spends about half the CPU time of {@code java -jar tonghop.jar} before it does any work, which adds up over the
 * dozens of processes the process tests start. Made once per test JVM, in a folder beside the packaged jar.
 */
final class FastStartJar {

    /** JVM options that every child process gets, the training run too: an archive is only used under the same. */
    static final List<String> JVM_OPTIONS = List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
            "-Dsun.stderr.encoding=UTF-8",
            // a quick start matters more to these tests than peak speed
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final long TIMEOUT_MINUTES = 5;
    /** A few of the sample's workbooks: enough for the training run to load every class a run needs. */
    private static final int TRAINING_WORKBOOKS = 3;

    private final Path jar;
    private final Path archive;

    private FastStartJar(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
    }

    /** The extracted application jar, to start with {@code -jar}. */
    Path jar() {
        return jar;
    }

    /** The options that make a child JVM use the archive; silent when the archive cannot be used. */
    List<String> archiveOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    /** The one for this test JVM, made on first use. */
    static FastStartJar get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final FastStartJar INSTANCE = make(packagedJar());
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

    private static FastStartJar make(Path packagedJar) {
        try {
            Path folder = packagedJar.resolveSibling("tonghop-fast-start");
            FileSystemUtils.deleteRecursively(folder);
            Path extracted = folder.resolve("app");
            run(folder.getParent(), javaCommand(List.of("-Djarmode=tools", "-jar", packagedJar.toString(), "extract",
                    "--destination", extracted.toString())));
            Path jar = extracted.resolve(packagedJar.getFileName());
            Path archive = folder.resolve("tonghop.jsa");
            train(Files.createDirectories(folder.resolve("training")), jar, archive);
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("the training run wrote no class-data archive " + archive);
            }
            return new FastStartJar(jar, archive);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the child processes' jar from " + packagedJar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the child processes' jar", e);
        }
    }

    /** Runs the job on a few sample workbooks with {@code -XX:ArchiveClassesAtExit}: the classes it loads are kept. */
    private static void train(Path folder, Path jar, Path archive) throws IOException, InterruptedException {
        FileSystemUtils.copyRecursively(Path.of("jobs"), folder.resolve("jobs"));
        Path input = Files.createDirectories(folder.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.sorted().limit(TRAINING_WORKBOOKS).toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        options.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off", "-jar", jar.toString(),
                "run", "--job=jobs/hoc-tap-2007-gd1/job.yml", "--input=input", "--output=output", "--data=data"));
        run(folder, javaCommand(options));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> javaCommand(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(arguments);
        return command;
    }

    private static void run(Path folder, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("tonghop-fast-start-", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("no end within " + TIMEOUT_MINUTES + " min: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
