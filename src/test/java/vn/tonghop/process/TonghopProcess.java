package vn.tonghop.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged tonghop jar running as a real child process, its output captured to files in its folder. */
final class TonghopProcess {

    private static final Path JAR = Path.of(System.getProperty("tonghop.jar", "target/tonghop.jar"))
            .toAbsolutePath();

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private TonghopProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code java [jvmOptions] -jar tonghop.jar [args]} in {@code workingFolder}.
     *
     * @param jvmOptions e.g. {@code -Dtonghop.crash-test.pause=consolidate.before}
     */
    static TonghopProcess start(Path workingFolder, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-Dfile.encoding=UTF-8");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        long id = System.nanoTime();
        Path out = workingFolder.resolve("stdout-" + id + ".txt");
        Path err = workingFolder.resolve("stderr-" + id + ".txt");
        Process process = new ProcessBuilder(command).directory(workingFolder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new TonghopProcess(process, out, err);
    }

    /** Waits for the process to end; fails the test if it does not within the timeout. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tonghop did not end within " + timeout + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** Waits until the process writes {@code text} to stderr or stdout. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!stderr().contains(text) && !stdout().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("tonghop never wrote '" + text + "'; stderr:\n" + stderr());
            }
            Thread.sleep(100);
        }
    }

    /** kill -9: no shutdown hook, no clean close of the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
